package org.pathgraph.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.DemoContextTests;

/**
 * The viewer and GraphiQL are served from the jar: the viewer's URLs (also those rendered content
 * links to) load the app, and GraphiQL's page loads nothing from another host.
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
}
