package org.pathgraph.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.beans.factory.annotation.Autowired;

/** The html field and the asset endpoint, over HTTP on the demo content. */
class RenderingTests extends DemoContextTests {

  @Autowired Graph graph;
  @Autowired Rendering rendering;

  private String html(String hruid, String language, boolean teacher) {
    var client = teacher ? teacher() : anonymous();
    return client
        .post(
            "{ learningObject(hruid: \"" + hruid + "\", language: \"" + language + "\") { html } }")
        .read("$.data.learningObject.html");
  }

  @Test
  void rendersMarkdownWithMathTablesCodeAlertsAndAssetUrls() {
    var r =
        anonymous()
            .post(
                "{ learningObject(hruid: \"dl_neuron\", language: \"nl\") { html renderWarnings } }");
    String html = r.read("$.data.learningObject.html");
    assertThat(html)
        .contains("class=\"math inline\"")
        .contains("<table")
        .contains("class=\"language-python\"")
        .contains("class=\"alert")
        .contains("src=\"/assets/nl/dl_neuron/1/embed/neuron.png\"")
        .doesNotContain("<script");
    assertThat((List<?>) r.read("$.data.learningObject.renderWarnings")).isEmpty();
  }

  @Test
  void resolvesEmbedsObjectLinksAndPathLinks() {
    String html = html("dl_training", "nl", false);
    assertThat(html)
        .contains("class=\"pg-object\"")
        .contains("/assets/nl/dl_netwerk_schema/1/netwerk.png")
        .contains("href=\"/objects/nl/dl_neuron/1\"")
        .contains("href=\"/paths/en/demo_dl_basics");
  }

  @Test
  void theSeedRendersItsKiksLinksInTheFrontendScheme() {
    String html = html("un_ai4", "nl", true);
    assertThat(html)
        .contains("/paths/nl/kiks3_dl_basis")
        .contains("/paths/nl/kiks4_dl_gevorderd")
        .contains("src=\"/assets/nl/un_ai4/3/embed/convolutiedoel.png\"")
        .contains("alert-box");
  }

  @Test
  void aTeacherOnlyEmbedIsANeutralPlaceholderForLearners() {
    String learner = html("gen_object_00", "en", false);
    assertThat(learner).contains("pg-restricted").doesNotContain("Deep learning");
    String teacher = html("gen_object_00", "en", true);
    assertThat(teacher).contains("pg-object").doesNotContain("pg-restricted");
  }

  @Test
  void renderingAPageOfObjectsCostsAFixedNumberOfRoundTripsAndIsCached() {
    String query = "{ learningObjects(first: 30) { edges { node { html renderWarnings } } } }";
    anonymous().post(query);
    long misses = rendering.cacheStats().missCount();
    long before = graph.roundTrips();
    var r = anonymous().post(query);
    assertThat(graph.roundTrips() - before).isLessThanOrEqualTo(2);
    assertThat((List<?>) r.read("$.data.learningObjects.edges")).hasSize(30);
    assertThat(rendering.cacheStats().missCount()).isEqualTo(misses);
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void servesAnObjectsFilesWithTypeValidatorsAndRanges() throws Exception {
    var full = get("/assets/nl/dl_neuron/1/embed/neuron.png");
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(full.headers().firstValue("ETag")).isPresent();
    assertThat(full.headers().firstValue("Last-Modified")).isPresent();
    assertThat(full.headers().firstValue("Cache-Control")).isPresent();
    var range = get("/assets/nl/dl_neuron/1/embed/neuron.png", "Range", "bytes=0-9");
    assertThat(range.statusCode()).isEqualTo(206);
    assertThat(range.body()).hasSize(10);
    var again =
        get(
            "/assets/nl/dl_neuron/1/embed/neuron.png",
            "If-None-Match",
            full.headers().firstValue("ETag").orElseThrow());
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void refusesTraversalAndHiddenObjects() throws Exception {
    for (String path :
        List.of(
            "/assets/nl/dl_neuron/1/../../../../../etc/passwd",
            "/assets/nl/dl_neuron/1/%2e%2e/%2e%2e/dl_training/index.md",
            "/assets/nl/dl_neuron/1/%2e%2e%2f%2e%2e%2findex.md",
            "/assets/nl/dl_neuron/1//etc/passwd",
            "/assets/nl/dl_neuron/1/..%5c..%5cindex.md",
            "/assets/nl/dl_neuron/1/embed",
            "/assets/nl/dl_neuron/x/embed/neuron.png",
            "/assets/nl/nope/1/embed/neuron.png")) {
      assertThat(get(path).statusCode()).as(path).isIn(400, 404);
    }
    String seed = "/assets/nl/un_ai4/3/embed/convolutiedoel.png";
    assertThat(get(seed).statusCode()).isEqualTo(404);
    assertThat(get(seed, "Authorization", "Bearer " + Tokens4Tests.teacher()).statusCode())
        .isEqualTo(200);
  }
}
