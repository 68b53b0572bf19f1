package org.pathgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.pathgraph.ingest.Importer;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.GraphTestSupport;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search on the real Dwengo sample, as a new user tries it: "neuraal netwerk" with facets. Skipped
 * when {@code ../shared} is absent.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"pathgraph.content.dir=", "pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleSearchTests {

  private static final String SEARCH =
      """
      query($q: String!, $language: String, $first: Int) {
        search(query: $q, language: $language, first: $first) {
          totalCount
          edges { score snippet node { key hruid title teacherExclusive concepts { uri } } }
          facets { field buckets { value count } }
        }
      }""";

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("pathgraph.embedded.data-dir", () -> GraphTestSupport.freshDataDir("search"));
  }

  @Autowired Importer importer;
  @Autowired Graph graph;
  @Autowired Driver driver;
  @LocalServerPort int port;

  @BeforeAll
  void importSample() {
    assumeTrue(Files.isDirectory(GraphTestSupport.SAMPLE), "../shared/dwengo-sample is absent");
    importer.importTree(GraphTestSupport.SAMPLE);
  }

  private GraphQlHttp anonymous() {
    return new GraphQlHttp(port);
  }

  @Test
  void neuraalNetwerkFindsTheKiksObjectsWithFacetsInOneRoundTrip() {
    long before = graph.roundTrips();
    var r = anonymous().post(SEARCH, Map.of("q", "neuraal netwerk", "first", 10));
    long roundTrips = graph.roundTrips() - before;
    List<String> hruids = r.read("$.data.search.edges[*].node.hruid");
    assertThat(hruids).hasSizeGreaterThanOrEqualTo(5);
    // The deep-learning objects of KIKS come first.
    assertThat(hruids.subList(0, 5)).allSatisfy(h -> assertThat(h).startsWith("kiks_"));
    assertThat(hruids).contains("kiks_opbouwdiepneuraalnetwerk");
    int total = r.read("$.data.search.totalCount");
    for (String field : List.of("language", "contentType")) {
      List<Integer> counts =
          r.read("$.data.search.facets[?(@.field == '" + field + "')].buckets[*].count");
      assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as(field).isEqualTo(total);
    }
    List<String> concepts =
        r.read("$.data.search.facets[?(@.field == 'concept')].buckets[*].value");
    assertThat(concepts).isNotEmpty();
    List<String> snippets = r.read("$.data.search.edges[*].snippet");
    assertThat(snippets.get(0)).contains("<mark>");
    assertThat((List<Boolean>) r.read("$.data.search.edges[*].node.teacherExclusive"))
        .doesNotContain(true);
    // The search alone: the hits' concept URIs are their conceptUris, no concept is read.
    assertThat(roundTrips).isEqualTo(1);
  }

  @Test
  void netwerkFindsAnObjectThatOnlySaysNetwerken() {
    // kiks_gradient_descent mentions "neurale netwerken" and never "netwerk".
    var r = anonymous().post(SEARCH, Map.of("q", "netwerk", "language", "nl", "first", 100));
    List<String> snippets =
        r.read("$.data.search.edges[?(@.node.hruid == 'kiks_gradient_descent')].snippet");
    assertThat(snippets).hasSize(1);
    assertThat(snippets.get(0)).contains("<mark>netwerken</mark>");
  }

  @Test
  void teachersFindMoreThanLearnersAndTheFacetsSayHowMany() {
    var learner = anonymous().post(SEARCH, Map.of("q", "netwerk", "first", 100));
    var teacher =
        anonymous()
            .withToken(Tokens4Tests.teacher())
            .post(SEARCH, Map.of("q", "netwerk", "first", 100));
    int learnerTotal = learner.read("$.data.search.totalCount");
    int teacherTotal = teacher.read("$.data.search.totalCount");
    assertThat(teacherTotal).isGreaterThan(learnerTotal);
    List<Boolean> flags = teacher.read("$.data.search.edges[*].node.teacherExclusive");
    assertThat(flags.stream().filter(Boolean::booleanValue).count())
        .isEqualTo(teacherTotal - learnerTotal);
    List<Integer> learnerCounts =
        learner.read("$.data.search.facets[?(@.field == 'language')].buckets[*].count");
    assertThat(learnerCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(learnerTotal);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void anObjectWrittenBeforeSearchExistedIsRewrittenOnceByTheNextImport() {
    // As a database from before full-text search holds it: no Search label, no search text.
    driver
        .executableQuery(
            "MATCH (o:LearningObject {hruid: 'kiks_gradient_descent', language: 'nl'})"
                + " REMOVE o:$([l IN labels(o) WHERE l STARTS WITH 'Search']), o.searchText")
        .execute();
    var before = anonymous().post(SEARCH, Map.of("q", "gradient", "language", "nl"));
    assertThat((List<String>) before.read("$.data.search.edges[*].node.hruid"))
        .doesNotContain("kiks_gradient_descent");

    var changes = importer.importTree(GraphTestSupport.SAMPLE).changes();
    assertThat(changes.objectsWritten()).isEqualTo(1);
    assertThat(changes.pathsWritten()).isZero();
    var after = anonymous().post(SEARCH, Map.of("q", "gradient", "language", "nl"));
    assertThat((List<String>) after.read("$.data.search.edges[*].node.hruid"))
        .contains("kiks_gradient_descent");
    assertThat(importer.importTree(GraphTestSupport.SAMPLE).changes().none()).isTrue();
  }
}
