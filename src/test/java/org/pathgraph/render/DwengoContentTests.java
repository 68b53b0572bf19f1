package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Real Dwengo content from the shared checkout; skipped when it is not there. */
class DwengoContentTests {

  private static final Path UN_AI4 = Paths.get("../shared/seed/un_ai4.md");
  private static final Path SAMPLE = Paths.get("../shared/dwengo-sample/learning_objects");
  private static final Pattern CONTENT_TYPE =
      Pattern.compile("(?m)^content_type:\\s*\"?([^\"\\s]+)\"?\\s*$");

  private final Renderer renderer = new Renderer(RenderOptions.defaults());

  @Test
  void unAi4KeepsAlertBoxesAndRewritesImagesAndPathLinks() throws IOException {
    assumeTrue(Files.exists(UN_AI4), "seed file not present");
    String body = withoutFrontMatter(Files.readString(UN_AI4, StandardCharsets.UTF_8));

    RenderResult result =
        renderer.render(
            RenderRequest.markdown(body, "un_ai4/nl/3", "/assets/nl/un_ai4/3/"),
            ReferenceResolver.none());
    Document doc = Jsoup.parseBodyFragment(result.html());

    assertThat(doc.select("div.alert")).hasSize(2);
    assertThat(doc.select("div.alert-success b").text()).isEqualTo("training");
    assertThat(doc.select("img").eachAttr("src"))
        .contains("/assets/nl/un_ai4/3/embed/convolutiedoel.png");
    assertThat(doc.select("a").eachAttr("href"))
        .contains(
            "/paths/nl/kiks3_dl_basis?node=kiks_inleiding/nl/3",
            "/paths/nl/kiks4_dl_gevorderd?node=kiks_convolutie_bewerking/nl/3");
    assertThat(result.html()).doesNotContain("learning-path.html");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void everySampleObjectRendersSafelyWithoutException() throws IOException {
    assumeTrue(Files.isDirectory(SAMPLE), "Dwengo sample not present");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SAMPLE)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".md"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    int markdown = 0;
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher type = CONTENT_TYPE.matcher(frontMatter(source));
      String contentType = type.find() ? type.group(1) : "text/markdown";
      markdown += contentType.equals("text/markdown") ? 1 : 0;
      RenderRequest request =
          new RenderRequest(
              contentType,
              withoutFrontMatter(source),
              SAMPLE.relativize(file.getParent()).toString() + "/nl/1",
              "/assets/sample/",
              "content.bin",
              Map.of("title", file.getParent().getFileName().toString()));

      assertThatCode(
              () -> {
                RenderResult result = renderer.render(request, ReferenceResolver.none());
                XssCorpusTests.assertSafe(result.html(), file.toString());
              })
          .as(file.toString())
          .doesNotThrowAnyException();
    }
    assertThat(markdown).isGreaterThan(100);
  }

  private static String frontMatter(String source) {
    String[] parts = splitFrontMatter(source);
    return parts[0];
  }

  static String withoutFrontMatter(String source) {
    return splitFrontMatter(source)[1];
  }

  /** {front matter, body}; Dwengo closes front matter with three or more dashes. */
  private static String[] splitFrontMatter(String source) {
    String text = source.replace("\r\n", "\n");
    if (!text.startsWith("---")) {
      return new String[] {"", text};
    }
    Matcher close = Pattern.compile("(?m)^-{3,}\\s*$").matcher(text);
    if (close.find(3)) {
      return new String[] {text.substring(0, close.start()), text.substring(close.end())};
    }
    return new String[] {"", text};
  }
}
