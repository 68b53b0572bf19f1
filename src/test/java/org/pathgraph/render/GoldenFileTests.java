package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code render/golden/<case>.input.md} renders to {@code <case>.expected.html} (HTML, then
 * one {@code <!-- warning: ... -->} line per warning). Run with {@code -Drender.golden.update=true}
 * to rewrite the expected files after an intended change, then review the diff.
 */
class GoldenFileTests {

  private static final Path GOLDEN = Paths.get("src/test/resources/render/golden");
  private static final boolean UPDATE = Boolean.getBoolean("render.golden.update");

  private final Renderer renderer = new Renderer(RenderOptions.defaults());

  @TestFactory
  Stream<DynamicTest> goldenFilesRenderAsExpected() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      inputs = files.filter(p -> p.toString().endsWith(".input.md")).sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream()
        .map(input -> DynamicTest.dynamicTest(caseName(input), () -> check(input)));
  }

  private void check(Path input) throws IOException {
    RenderRequest request = request(Files.readString(input, StandardCharsets.UTF_8));
    RenderResult result = renderer.render(request, FakeResolver.golden());
    StringBuilder actual = new StringBuilder(result.html()).append('\n');
    result.warnings().forEach(w -> actual.append("<!-- warning: ").append(w).append(" -->\n"));
    Path expected = GOLDEN.resolve(caseName(input) + ".expected.html");
    if (UPDATE) {
      Files.writeString(expected, actual.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(expected).as("expected file for %s", input.getFileName()).exists();
    assertThat(actual.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static String caseName(Path input) {
    String name = input.getFileName().toString();
    return name.substring(0, name.length() - ".input.md".length());
  }

  /**
   * Optional header lines {@code #! name: value} set the content type ({@code content-type}),
   * {@code content-file}, {@code key}, {@code folder} and metadata ({@code meta.title}).
   */
  static RenderRequest request(String file) {
    String contentType = "text/markdown";
    String key = "golden/nl/1";
    String folder = "/assets/nl/golden/1/";
    String contentFile = null;
    Map<String, Object> metadata = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    boolean header = true;
    for (String line : file.split("\n", -1)) {
      if (header && line.startsWith("#! ")) {
        int colon = line.indexOf(':');
        String name = line.substring(3, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (name) {
          case "content-type" -> contentType = value;
          case "content-file" -> contentFile = value;
          case "key" -> key = value;
          case "folder" -> folder = value;
          default -> metadata.put(name.replaceFirst("^meta\\.", ""), value);
        }
        continue;
      }
      header = false;
      body.append(line).append('\n');
    }
    return new RenderRequest(contentType, body.toString(), key, folder, contentFile, metadata);
  }
}
