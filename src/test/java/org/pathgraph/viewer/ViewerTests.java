package org.pathgraph.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.DemoContextTests;

/**
 * The viewer, GraphiQL and the Blockly viewer are served from the jar: the viewer's URLs (also
 * those rendered content links to) load the app, the pages load nothing from another host, and they
 * and their scripts come with a strict content security policy.
 */
class ViewerTests extends DemoContextTests {

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheViewerAtTheRootAndAtEveryViewerUrl() throws Exception {
    for (String path :
        List.of(
            "/",
            "/paths/nl/demo_dl_basis",
            "/paths/nl/demo_dl_basis?node=dl_neuron/nl/1",
            "/objects/nl/dl_neuron/1",
            "/objects/nl/dl_neuron",
            "/concepts",
            "/graph")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).contains("<script type=\"module\" src=\"/js/main.js\">");
    }
  }

  @Test
  void servesTheScriptsAndStylesTheViewerLoads() throws Exception {
    String index = get("/").body();
    List<String> assets =
        List.of(
            "/js/main.js",
            "/style.css",
            "/vendor/katex/katex.min.js",
            "/vendor/katex/katex.min.css",
            "/vendor/highlight/highlight.min.js",
            "/vendor/mermaid/mermaid.min.js");
    for (String asset : assets) {
      assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
    }
    assertThat(index).doesNotContain("http://", "https://");
  }

  @Test
  void servesGraphiqlFromTheJarWithTheExamples() throws Exception {
    HttpResponse<String> page = get("/graphiql");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("/vendor/graphiql/graphiql.min.js")
        .doesNotContain("http://", "https://");
    for (String asset :
        List.of(
            "/graphiql/graphiql-page.js",
            "/vendor/graphiql/graphiql.min.js",
            "/vendor/graphiql/graphiql.min.css",
            "/vendor/graphiql/react.production.min.js",
            "/vendor/graphiql/react-dom.production.min.js")) {
      assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
    }
    List<String> names = JsonPath.read(get("/graphiql/examples.json").body(), "$[*].name");
    List<String> files;
    try (var list = Files.list(ExamplesTests.EXAMPLES)) {
      files =
          list.map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".graphql"))
              .map(f -> f.substring(0, f.length() - ".graphql".length()))
              .sorted()
              .toList();
    }
    assertThat(names).isEqualTo(files);
  }

  @Test
  void leavesTheApiAndAssetsAlone() throws Exception {
    assertThat(get("/assets/nl/dl_neuron/1/embed/neuron.png").statusCode()).isEqualTo(200);
    assertThat(get("/paths/nl").statusCode()).isEqualTo(404);
  }

  /** The directives of a Content-Security-Policy header, by name. */
  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (String part : policy.split(";")) {
      List<String> words = List.of(part.trim().split("\\s+"));
      if (!words.get(0).isEmpty()) {
        result.put(words.get(0), words.subList(1, words.size()));
      }
    }
    return result;
  }

  private Map<String, List<String>> policyOf(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    List<String> headers = response.headers().allValues("Content-Security-Policy");
    assertThat(headers).as("Content-Security-Policy of %s", path).hasSize(1);
    return directives(headers.get(0));
  }

  @Test
  void servesTheViewerGraphiqlAndTheirScriptsWithAStrictContentSecurityPolicy() throws Exception {
    for (String path :
        List.of(
            "/",
            "/paths/nl/demo_dl_basis",
            "/concepts",
            "/js/main.js",
            "/js/views/path.js",
            "/vendor/mermaid/mermaid.min.js",
            "/graphiql",
            "/graphiql/graphiql-page.js",
            "/vendor/graphiql/graphiql.min.js")) {
      Map<String, List<String>> csp = policyOf(path);
      assertThat(csp.get("script-src")).as(path).containsExactly("'self'");
      assertThat(csp.get("object-src")).as(path).containsExactly("'none'");
      assertThat(csp.get("base-uri")).as(path).containsExactly("'none'");
      assertThat(csp.get("form-action")).as(path).containsExactly("'self'");
      assertThat(csp.get("frame-ancestors")).as(path).containsExactly("'none'");
      assertThat(csp.get("connect-src")).as(path).containsExactly("'self'");
      // The render allowlist's hosts (RenderOptions.defaults()) and this server, nothing else.
      assertThat(csp.get("frame-src"))
          .as(path)
          .containsExactlyInAnyOrder(
              "'self'",
              "https://www.youtube.com",
              "https://youtube.com",
              "https://www.youtube-nocookie.com",
              "https://youtube-nocookie.com",
              "https://player.vimeo.com",
              "https://dwengo.org",
              "https://www.dwengo.org");
      assertThat(String.join(" ", csp.getOrDefault("default-src", List.of())))
          .as(path)
          .isEqualTo("'self'");
      assertThat(csp.toString()).as(path).doesNotContain("unsafe-eval");
      assertThat(csp.get("script-src")).as(path).doesNotContain("'unsafe-inline'");
      assertThat(get(path).headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void pagesHoldNoInlineScript() throws Exception {
    Pattern script = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    for (String path : List.of("/", "/graphiql", "/blockly/viewer.html")) {
      String html = get(path).body();
      Matcher m = script.matcher(html);
      int scripts = 0;
      while (m.find()) {
        scripts++;
        assertThat(m.group(1)).as("a script of %s", path).contains(" src=\"/");
      }
      assertThat(scripts).as(path).isPositive();
      assertThat(html)
          .as(path)
          .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
          .doesNotContainIgnoringCase("javascript:");
    }
  }

  @Test
  void servesTheBlocklyViewerFrameableByThisServerUnderItsOwnPolicy() throws Exception {
    HttpResponse<String> page = get("/blockly/viewer.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("/vendor/blockly/blockly_compressed.js", "/blockly/viewer.js")
        .doesNotContain("http://", "https://");
    // Blockly itself, served like the viewer's other packages.
    for (String path :
        List.of(
            "/vendor/blockly/blockly_compressed.js",
            "/vendor/blockly/blocks_compressed.js",
            "/vendor/blockly/msg/en.js",
            "/vendor/blockly/media/sprites.svg")) {
      assertThat(policyOf(path).get("script-src")).as(path).containsExactly("'self'");
    }
    for (String path :
        List.of("/blockly/viewer.html", "/blockly/viewer.js", "/blockly/viewer.css")) {
      Map<String, List<String>> csp = policyOf(path);
      assertThat(csp.get("script-src")).as(path).containsExactly("'self'");
      assertThat(csp.get("connect-src")).as(path).containsExactly("'self'");
      assertThat(csp.get("object-src")).as(path).containsExactly("'none'");
      assertThat(csp.get("base-uri")).as(path).containsExactly("'none'");
      assertThat(csp.get("frame-src")).as(path).containsExactly("'none'");
      // Rendered content frames it: here and on the CORS origins' frontends, like content files.
      assertThat(csp.get("frame-ancestors")).as(path).containsExactly("'self'", FRONTEND);
      assertThat(csp.toString()).as(path).doesNotContain("unsafe-eval");
      assertThat(get(path).headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }
  }

  @Test
  void keepsTheContentFilesPolicyOnAssets() throws Exception {
    Map<String, List<String>> csp = policyOf("/assets/nl/dl_neuron/1/embed/neuron.png");
    assertThat(csp.get("default-src")).containsExactly("'none'");
    assertThat(csp).doesNotContainKey("script-src");
  }
}
