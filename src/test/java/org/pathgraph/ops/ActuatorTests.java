package org.pathgraph.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.Tokens4Tests;

/**
 * The actuator as an operator sees it: health is public with a summary and admins get its details;
 * info, metrics and Prometheus answer admins only.
 */
class ActuatorTests extends DemoContextTests {

  @Test
  void healthIsPublicWithComponentStatusesButNoDetails() {
    HttpResponse<String> health = get("/actuator/health", null);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
    assertThat(JsonPath.<String>read(health.body(), "$.components.neo4j.status")).isEqualTo("UP");
    assertThat(JsonPath.<String>read(health.body(), "$.components.import.status")).isEqualTo("UP");
    assertThat(health.body()).doesNotContain("details").doesNotContain("contentDir");
  }

  @Test
  void healthDetailsForAdminsShowNeo4jAndTheLastImport() {
    String body = get("/actuator/health", Tokens4Tests.admin()).body();

    assertThat(JsonPath.<String>read(body, "$.components.neo4j.details.edition")).isNotBlank();
    Map<String, Object> imp = JsonPath.read(body, "$.components.import.details");
    assertThat(imp).containsEntry("running", false).doesNotContainKey("lastFailure");
    assertThat(JsonPath.<Integer>read(body, "$.components.import.details.lastImport.objects"))
        .isPositive();
    assertThat(JsonPath.<String>read(body, "$.components.import.details.lastImport.finishedAt"))
        .isNotBlank();
    assertThat(JsonPath.<Integer>read(body, "$.components.import.details.lastImport.errors"))
        .isNotNegative();
  }

  @Test
  void healthDetailsStayHiddenFromTeachers() {
    assertThat(get("/actuator/health", Tokens4Tests.teacher()).body()).doesNotContain("details");
  }

  @Test
  void everyOtherEndpointIsForAdminsOnly() {
    for (String path :
        List.of(
            "/actuator",
            "/actuator/info",
            "/actuator/metrics",
            "/actuator/metrics/graphql.request",
            "/actuator/prometheus")) {
      assertThat(get(path, null).statusCode()).as("anonymous " + path).isEqualTo(401);
      assertThat(get(path, Tokens4Tests.teacher()).statusCode())
          .as("teacher " + path)
          .isEqualTo(403);
    }
    assertThat(get("/actuator/info", Tokens4Tests.admin()).statusCode()).isEqualTo(200);
  }

  @Test
  void infoShowsTheVersionAndTheCommitWhenBuiltFromGit() {
    String body = get("/actuator/info", Tokens4Tests.admin()).body();

    assertThat(JsonPath.<String>read(body, "$.build.version")).isNotBlank();
    if (getClass().getResource("/git.properties") != null && body.contains("\"git\"")) {
      assertThat(JsonPath.<String>read(body, "$.git.commit.id")).hasSizeGreaterThanOrEqualTo(7);
    }
  }

  @Test
  void metricsHaveGraphQlObservationsAndImportCounters() {
    anonymous().post("{ learningPaths(first: 2) { edges { node { title } } } }");
    String admin = Tokens4Tests.admin();

    for (String name :
        List.of(
            "graphql.request",
            "graphql.datafetcher",
            "pathgraph.import.objects",
            "pathgraph.import.problems",
            "pathgraph.import.duration")) {
      HttpResponse<String> metric = get("/actuator/metrics/" + name, admin);
      assertThat(metric.statusCode()).as(name).isEqualTo(200);
    }
    String written =
        get("/actuator/metrics/pathgraph.import.objects?tag=change:written", admin).body();
    assertThat(JsonPath.<Double>read(written, "$.measurements[0].value")).isPositive();
  }

  @Test
  void prometheusScrapeHasTheSameMetrics() {
    anonymous().post("{ learningPaths(first: 1) { edges { node { title } } } }");
    HttpResponse<String> scrape = get("/actuator/prometheus", Tokens4Tests.admin());

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(scrape.body())
        .contains("graphql_request_seconds_count{")
        .contains("graphql_datafetcher_seconds_count{")
        .contains("pathgraph_import_objects_total{change=\"written\"")
        .contains("pathgraph_import_duration_seconds_count{outcome=\"success\"")
        .contains("pathgraph_import_running ");
  }

  private HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
