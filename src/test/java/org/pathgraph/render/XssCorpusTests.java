package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payloads from the OWASP XSS filter evasion cheat sheet (plus a few of our own) in every place
 * content can carry them; the output, parsed as a browser would, must contain nothing executable.
 */
class XssCorpusTests {

  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "style",
          "object",
          "form",
          "base",
          "meta",
          "link",
          "frame",
          "frameset",
          "applet",
          "svg",
          "math",
          "textarea",
          "select",
          "button",
          "xml",
          "bgsound",
          "isindex",
          "keygen",
          "marquee",
          "video",
          "title",
          "head",
          "body",
          "html");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "xlink:href",
          "background",
          "dynsrc",
          "lowsrc",
          "srcdoc",
          "poster",
          "cite");
  private static final Pattern RASTER_DATA_IMAGE =
      Pattern.compile("^data:image/(png|gif|jpeg|jpg|webp|bmp|avif);");
  private static final RenderOptions OPTIONS = RenderOptions.defaults();

  private final Renderer renderer = new Renderer(OPTIONS);

  static Stream<String> payloads() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Paths.get("src/test/resources/render/xss-payloads.txt"), StandardCharsets.UTF_8);
    List<String> payloads = new ArrayList<>(lines.stream().filter(l -> !l.isEmpty()).toList());
    // The cheat sheet's NUL example cannot live in a text file, nor can other controls.
    payloads.add("<IMG SRC=java\0script:alert(\"XSS\")>");
    payloads.add("<embed src=\"\u0001//evil.example/x.pdf\">");
    payloads.add("<iframe src=\"\u001f/\\evil.example/embed/x\"></iframe>");
    return payloads.stream();
  }

  @Test
  void corpusHasAtLeastAHundredPayloads() throws IOException {
    assertThat(payloads().count()).isGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void payloadIsHarmlessInEveryPlace(String payload) {
    for (RenderRequest request : placements(payload)) {
      RenderResult result = renderer.render(request, FakeResolver.golden());
      assertSafe(result.html(), request.contentType() + " with " + payload);
      if (result.ctSchema() != null) {
        assertSafe(result.ctSchema().context(), "ct-schema section with " + payload);
      }
    }
  }

  private static List<RenderRequest> placements(String p) {
    String key = "xss/nl/1";
    String folder = "/assets/nl/xss/1/";
    List<RenderRequest> requests = new ArrayList<>();
    for (String markdown :
        List.of(
            "Before " + p + " after.",
            p,
            "<div class=\"alert\">\n" + p + "\n</div>",
            "<div>\n\n" + p + "\n\n</div>",
            "[link](" + p + ") and [angle](<" + p + ">)",
            "![image](" + p + ") and ![angle](<" + p + ">)",
            "[ref][r]\n\n[r]: " + p,
            "[text](https://dwengo.org \"" + p + "\")",
            "![" + p + "](pic.png \"" + p + "\")",
            "<img src=\"" + p + "\" alt=\"" + p + "\">",
            "<a href=\"" + p + "\">x</a>",
            "# " + p,
            "| a |\n|---|\n| " + p + " |",
            "\\(" + p + "\\) and $$" + p + "$$")) {
      requests.add(RenderRequest.markdown(markdown, key, folder));
    }
    Map<String, Object> meta = Map.of("title", p, "content_location", p, "aspect_ratio", p);
    for (String type :
        List.of("image/image", "image/image-block", "audio/mpeg", "application/pdf", "blockly")) {
      requests.add(new RenderRequest(type, "", key, folder, p, meta));
      requests.add(new RenderRequest(type, p, key, folder, "file.png", meta));
    }
    requests.add(new RenderRequest("extern", p, key, folder, null, meta));
    requests.add(new RenderRequest("extern", "", key, folder, null, meta));
    requests.add(new RenderRequest("text/plain", p, key, folder, null, meta));
    requests.add(new RenderRequest(p, p, key, folder, null, meta));
    requests.add(
        new RenderRequest(
            "text/ct-schema", "<context>" + p + "</context>", key, folder, null, meta));
    requests.add(
        new RenderRequest(
            "text/gift",
            "::" + p + "::" + p + " {=" + p + " ~" + p + "}\n\n[html]" + p + "{}",
            key,
            folder,
            null,
            meta));
    return requests;
  }

  static void assertSafe(String html, String description) {
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element el : body.getAllElements()) {
      if (el == body) {
        continue;
      }
      String name = el.normalName();
      assertThat(FORBIDDEN_ELEMENTS)
          .as("element <%s> in %s", name, description)
          .doesNotContain(name);
      for (Attribute attr : el.attributes()) {
        String attrName = attr.getKey().toLowerCase(Locale.ROOT);
        assertThat(attrName).as("attribute %s in %s", attrName, description).doesNotStartWith("on");
        assertThat(attrName).as("style in %s", description).isNotEqualTo("style");
        if (URL_ATTRIBUTES.contains(attrName)) {
          assertSafeUrl(el, attr.getValue(), description);
        }
      }
      if (name.equals("iframe")) {
        assertThat(allowedFrame(el.attr("src"))).as("iframe %s in %s", el, description).isTrue();
      }
      if (name.equals("embed")) {
        assertThat(el.attr("src")).as("embed in %s", description).startsWith("/");
        assertThat(el.attr("src")).doesNotStartWith("//");
        // As a browser reads it: "/\host" and "/<tab>/host" start with "/" but name a host.
        assertThat(BrowserReading.target(el.attr("src")))
            .as("embed %s in %s", el, description)
            .isEqualTo(BrowserReading.SAME_ORIGIN);
        assertThat(el.attr("type")).isEqualTo("application/pdf");
      }
    }
  }

  private static void assertSafeUrl(Element el, String url, String description) {
    String view = url.replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
    assertThat(view).as("url %s in %s", url, description).doesNotStartWith("javascript:");
    assertThat(view).as("url %s in %s", url, description).doesNotStartWith("vbscript:");
    if (view.startsWith("data:")) {
      assertThat(el.normalName()).as("data url on %s in %s", el, description).isEqualTo("img");
      assertThat(RASTER_DATA_IMAGE.matcher(view).find())
          .as("data url %s in %s", url, description)
          .isTrue();
    }
    // A scheme can only come before the first '/', '?' or '#': "script:" later in a same-origin
    // path or query (an asset URL keeping the author's text) is data, not a scheme.
    String schemePart = view.split("[/?#]", 2)[0];
    assertThat(schemePart).as("url %s in %s", url, description).doesNotContain("script:");
  }

  /** As a browser reads {@code src}: java.net.URI and browsers disagree on backslashes. */
  private static boolean allowedFrame(String src) {
    String target = BrowserReading.target(src);
    if (src.startsWith(OPTIONS.blocklyViewerUrl() + "?")
        || src.startsWith(OPTIONS.blocklyViewerUrl() + "#")) {
      return target.equals(BrowserReading.SAME_ORIGIN);
    }
    return target.startsWith("https://")
        && OPTIONS.iframeHosts().contains(target.substring("https://".length()));
  }
}
