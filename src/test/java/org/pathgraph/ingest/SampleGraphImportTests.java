package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.pathgraph.content.NestedPathsQueryTests;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.GraphDump;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.GraphTestSupport;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the real Dwengo sample into a fresh embedded graph, then changes the tree: the graph
 * follows, and an unchanged tree writes nothing. Skipped when {@code ../shared} is absent.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"pathgraph.content.dir=", "pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleGraphImportTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("pathgraph.embedded.data-dir", () -> GraphTestSupport.freshDataDir("sample"));
  }

  @Autowired Importer importer;
  @Autowired Driver driver;
  @Autowired Graph graph;
  @Autowired org.springframework.graphql.execution.GraphQlSource graphQl;
  @LocalServerPort int port;
  private Path tree;

  private ImportReport first;
  private GraphQlHttp teacher;

  @BeforeAll
  void importSample() throws IOException {
    assumeTrue(Files.isDirectory(GraphTestSupport.SAMPLE), "../shared/dwengo-sample is absent");
    tree = Files.createTempDirectory("pathgraph-sample-");
    ContentTrees.copy(GraphTestSupport.SAMPLE, tree);
    first = importer.importTree(tree);
    teacher = new GraphQlHttp(port).withToken(Tokens4Tests.teacher());
  }

  @Test
  @Order(1)
  void reportAgreesWithExpectedFigureByFigure() throws IOException {
    JsonNode expected =
        JSON.readTree(Files.readString(GraphTestSupport.SAMPLE.resolve("EXPECTED.json")));
    JsonNode actual = JSON.valueToTree(first.summary());
    for (var name : expected.propertyNames()) {
      assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
    }
  }

  @Test
  @Order(2)
  void graphHoldsWhatTheReportCounts() {
    GraphDump dump = GraphDump.of(driver);
    assertThat(dump.nodes())
        .containsEntry("LearningObject", 136L)
        .containsEntry("LearningPath", 20L)
        .containsEntry("PathNode", 113L)
        .containsEntry("Goal", 2L)
        // i-Learn's four schemes; the demo's vocabulary belongs to the demo tree, not to this one.
        .containsEntry("ConceptScheme", 4L);
    // The content names 14 concepts (EXPECTED.json); the vocabularies add the broader ones.
    long conceptsOfContent =
        driver
            .executableQuery(
                "MATCH (c:Concept) WHERE (c)<-[:ABOUT]-() AND c.fromVocabulary"
                    + " RETURN count(c) AS n")
            .execute()
            .records()
            .get(0)
            .get("n")
            .asLong();
    assertThat(conceptsOfContent).isEqualTo(14L);
    assertThat(dump.nodes().get("Concept")).isGreaterThan(14L);
    assertThat(dump.relationships()).containsEntry("NEXT", 93L);
    long pathLinks =
        driver
            .executableQuery(
                "MATCH (:LearningObject)-[r:LINKS_TO {kind: 'PATH_LINK'}]->(t)"
                    + " RETURN count(r) AS all, count(CASE WHEN t:LearningPath THEN 1 END) AS ok")
            .execute()
            .records()
            .get(0)
            .get("all")
            .asLong();
    assertThat(pathLinks).isEqualTo(13L);
  }

  @Test
  @Order(3)
  void kiksBasicPathListsItsNodesInPathOrderFromItsStartNode() {
    var response =
        teacher.post(
            "{ learningPath(hruid: \"kiks3_dl_basis\", language: \"nl\") {"
                + " nodes { position isStart ref { hruid } learningObject { hruid } } } }");
    List<String> hruids = response.read("$.data.learningPath.nodes[*].ref.hruid");
    assertThat(hruids.get(0)).isEqualTo("kiks_inleiding");
    assertThat(hruids)
        .containsExactly(
            "kiks_inleiding",
            "kiks_stomatateller",
            "kiks_opbouwdiepneuraalnetwerk",
            "kiks_overfitting",
            "kiks_stomata",
            "kiks_convoluties");
    List<Integer> positions = response.read("$.data.learningPath.nodes[*].position");
    assertThat(positions).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  @Order(4)
  void unAi4LinksToBothDeepLearningPaths() {
    var response =
        teacher.post(
            "{ learningObject(hruid: \"un_ai4\", language: \"nl\") {"
                + " linksTo { kind target resolved path { hruid } } } }");
    List<String> paths =
        response.read("$.data.learningObject.linksTo[?(@.kind == 'PATH_LINK')].path.hruid");
    assertThat(paths).contains("kiks3_dl_basis", "kiks4_dl_gevorderd");
  }

  @Test
  @Order(5)
  void walksTheKiksBasicPathByNextFromItsStartToItsLastNode() {
    List<String> walked = new java.util.ArrayList<>();
    String current = "kiks_inleiding";
    while (current != null && walked.size() < 50) {
      walked.add(current);
      var r =
          teacher.post(
              "{ learningPath(hruid: \"kiks3_dl_basis\", language: \"nl\") { node(hruid: \""
                  + current
                  + "\") { next { ref { hruid } } } } }");
      Map<String, Object> next = r.read("$.data.learningPath.node.next");
      current = next == null ? null : (String) ((Map<?, ?>) next.get("ref")).get("hruid");
    }
    assertThat(walked).hasSize(6).startsWith("kiks_inleiding").endsWith("kiks_convoluties");
  }

  @Test
  @Order(6)
  void reportsTheStructureProblemsOfRealPaths() {
    var r =
        teacher.post(
            "{ agri: learningPath(hruid: \"agri_lopendeband\", language: \"nl\") { problems { code } }"
                + " arduino: learningPath(hruid: \"pc_leerlijn_fiches_arduino\", language: \"nl\")"
                + " { problems { code } startNodes { key } } }");
    assertThat((List<String>) r.read("$.data.agri.problems[*].code"))
        .contains("CYCLE", "UNREACHABLE_NODE");
    assertThat((List<String>) r.read("$.data.arduino.problems[*].code"))
        .contains("MANY_START_NODES");
    assertThat((List<?>) r.read("$.data.arduino.startNodes")).hasSize(8);
    // The import reported the same problems for those files.
    assertThat(first.problems())
        .anyMatch(p -> p.code().equals("CYCLE") && p.file().contains("agri_lopendeband"))
        .anyMatch(p -> p.code().equals("MANY_START_NODES") && p.file().contains("pc_leerlijn"));
  }

  @Test
  @Order(7)
  void rendersEverySampleObjectAndTheSeedWithItsAssetsAndPathLinks() {
    var admin = teacher.withToken(Tokens4Tests.admin());
    var seed =
        admin.post(
            "{ learningObject(hruid: \"un_ai4\", language: \"nl\") { html renderWarnings } }");
    assertThat((String) seed.read("$.data.learningObject.html"))
        .contains("/paths/nl/kiks3_dl_basis")
        .contains("/paths/nl/kiks4_dl_gevorderd")
        .contains("class=\"alert");
    String after = null;
    int rendered = 0;
    do {
      var page =
          admin.post(
              "query($after: String) { learningObjects(first: 100, after: $after) {"
                  + " pageInfo { hasNextPage endCursor } edges { node { key html } } } }",
              java.util.Collections.singletonMap("after", after));
      assertThat(page.body()).doesNotContain("\"errors\"");
      List<String> html = page.read("$.data.learningObjects.edges[*].node.html");
      assertThat(html).allSatisfy(h -> assertThat(h).doesNotContain("<script"));
      rendered += html.size();
      after =
          page.<Boolean>read("$.data.learningObjects.pageInfo.hasNextPage")
              ? page.read("$.data.learningObjects.pageInfo.endCursor")
              : null;
    } while (after != null);
    assertThat(rendered).isEqualTo(136);
  }

  @Test
  @Order(7)
  void relatesAKiksObjectToOtherKiksObjectsWithTheSharedConcepts() {
    var r =
        teacher.post(
            "{ learningObject(hruid: \"kiks_stomatateller\", language: \"nl\") {"
                + " related(first: 5) { score reasons object { hruid } } } }");
    List<String> hruids = r.read("$.data.learningObject.related[*].object.hruid");
    assertThat(hruids).hasSize(5).allSatisfy(h -> assertThat(h).startsWith("kiks"));
    List<String> reasons = r.read("$.data.learningObject.related[0].reasons");
    assertThat(reasons).anyMatch(reason -> reason.startsWith("concept: "));
  }

  @Test
  @Order(7)
  void anonymousRequestsNeverSeeTheSamplesTeacherOnlyObjects() {
    java.util.Set<String> teacherOnly =
        new java.util.HashSet<>(
            driver
                .executableQuery(
                    "MATCH (o:LearningObject) WHERE o.teacherExclusive RETURN o.key AS key")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("key").asString())
                .toList());
    assertThat(teacherOnly).hasSize(53);
    var probes =
        new org.pathgraph.support.AccessProbe(
                graphQl.schema(),
                Map.of(
                    "hruid", "\"un_ai4\"",
                    "language", "\"nl\"",
                    "uri", "\"http://ilearn.ilabt.imec.be/vocab/curr1/s-computers-en-systemen\"",
                    "query", "\"neuraal netwerk\"",
                    "label", "\"computers\"",
                    "scheme", "\"http://ilearn.ilabt.imec.be/vocab/curr1\""))
            .queries();
    var anonymous = new GraphQlHttp(port);
    for (var probe : probes.entrySet()) {
      String body = anonymous.post(probe.getValue()).body();
      List<Boolean> flags = com.jayway.jsonpath.JsonPath.parse(body).read("$..teacherExclusive");
      assertThat(flags).as(probe.getKey()).doesNotContain(Boolean.TRUE);
      List<Object> targets = com.jayway.jsonpath.JsonPath.parse(body).read("$..target");
      assertThat(targets).as(probe.getKey()).noneMatch(teacherOnly::contains);
    }
  }

  @Test
  @Order(7)
  void everyConceptOfTheSampleIsInIlearnTtlAndABroaderConceptGathersTheNarrowerOnesObjects() {
    assertThat(first.problems()).noneMatch(p -> p.code().equals("UNKNOWN_CONCEPT"));
    assertThat(first.problems()).noneMatch(p -> p.code().contains("VOCABULARY"));
    var r =
        new GraphQlHttp(port)
            .post(
                "{ concept(uri: \"http://ilearn.ilabt.imec.be/vocab/curr1/"
                    + "c-digitale-competenties-en-mediawijsheid\") {"
                    + " prefLabel(languages: [\"nl\", \"en\"]) narrower { uri }"
                    + " all: learningObjects(filter: {language: \"nl\"}) { totalCount }"
                    + " direct: learningObjects(includeNarrower: false, filter: {language: \"nl\"})"
                    + " { totalCount } learningPaths(first: 100) { totalCount } }"
                    + " computers: concept(uri: \"http://ilearn.ilabt.imec.be/vocab/curr1/"
                    + "s-computers-en-systemen\") { prefLabel(languages: [\"fr\", \"nl\"])"
                    + " learningObjects(filter: {language: \"nl\"}) { totalCount } } }");
    assertThat((String) r.read("$.data.concept.prefLabel"))
        .isEqualTo("Digitale competenties en mediawijsheid");
    assertThat((String) r.read("$.data.computers.prefLabel")).isEqualTo("Computers en systemen");
    int all = r.read("$.data.concept.all.totalCount");
    int direct = r.read("$.data.concept.direct.totalCount");
    int computers = r.read("$.data.computers.learningObjects.totalCount");
    assertThat(computers).isPositive();
    assertThat(all).isGreaterThanOrEqualTo(computers).isGreaterThan(direct);
    assertThat((Integer) r.read("$.data.concept.learningPaths.totalCount")).isPositive();
  }

  @Test
  @Order(7)
  void objectsWithTheirPathsAndThePathsNodesCostThreeRoundTripsForAnyPageSize() {
    for (GraphQlHttp client : java.util.List.of(new GraphQlHttp(port), teacher)) {
      var small = NestedPathsQueryTests.measure(graph, client, 2);
      var large = NestedPathsQueryTests.measure(graph, client, 50);
      assertThat(large.paths()).isGreaterThan(10 * Math.max(1, small.paths()));
      // Without any path on the page, the nodes' statement is not needed at all.
      assertThat(small.roundTrips()).isEqualTo(small.paths() == 0 ? 2 : 3);
      assertThat(large.roundTrips()).isEqualTo(3);
    }
  }

  @Test
  @Order(8)
  void reimportingAnUnchangedTreeWritesNothing() {
    GraphDump before = GraphDump.of(driver);
    ImportReport again = importer.importTree(tree);
    assertThat(again.changes().none()).as(again.changes().toString()).isTrue();
    assertThat(again.changes().objectsUnchanged()).isEqualTo(136);
    assertThat(GraphDump.of(driver)).isEqualTo(before);
  }

  @Test
  @Order(9)
  void aChangedFileUpdatesOnlyItsObjectAndADeletedOneDisappears() throws IOException {
    Path changed = find("un_ai4");
    Files.writeString(changed, Files.readString(changed) + "\n\nEen extra alinea.\n");
    Path deleted = find("kiks_inleiding");
    Files.delete(deleted);

    ImportReport report = importer.importTree(tree);

    assertThat(report.changes().objectsWritten()).isEqualTo(1);
    assertThat(report.changes().objectsDeleted()).isGreaterThanOrEqualTo(1);
    var markdown =
        teacher.post("{ learningObject(hruid: \"un_ai4\", language: \"nl\") { markdown } }");
    assertThat((String) markdown.read("$.data.learningObject.markdown"))
        .contains("Een extra alinea.");
    // The path keeps its first node, now dangling: nothing is silently dropped.
    var path =
        teacher.post(
            "{ learningPath(hruid: \"kiks3_dl_basis\", language: \"nl\") {"
                + " nodes { ref { hruid } learningObject { hruid } } } }");
    assertThat((String) path.read("$.data.learningPath.nodes[0].ref.hruid"))
        .isEqualTo("kiks_inleiding");
    assertThat((Object) path.read("$.data.learningPath.nodes[0].learningObject")).isNull();
  }

  /** The object file whose front matter names {@code hruid} with language nl. */
  private Path find(String hruid) throws IOException {
    try (Stream<Path> files = Files.walk(tree.resolve("learning_objects"))) {
      return files
          .filter(f -> f.getFileName().toString().equals("index.md"))
          .filter(f -> frontMatterNames(f, hruid))
          .findFirst()
          .orElseThrow();
    }
  }

  private static boolean frontMatterNames(Path file, String hruid) {
    try {
      String text = Files.readString(file);
      return text.matches("(?s).*\\nhruid:\\s*" + hruid + "\\s*\\n.*")
          && text.matches("(?s).*\\nlanguage:\\s*nl\\s*\\n.*");
    } catch (IOException e) {
      return false;
    }
  }
}
