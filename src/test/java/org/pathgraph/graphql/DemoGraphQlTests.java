package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every query of the first cut over real HTTP, on the demo content plus a generated 24-node path,
 * imported at start-up into a fresh embedded graph.
 */
class DemoGraphQlTests extends DemoContextTests {

  @Autowired Graph graph;

  @Test
  void findsAnObjectWithItsMetadataConceptsGoalsPathsAndTranslations() {
    var r =
        anonymous()
            .post(
                """
                { learningObject(hruid: "dl_neuron", language: "nl") {
                    key hruid language version title description keywords contentType
                    targetAges difficulty estimatedTime teacherExclusive available
                    markdown sourceFile
                    concepts { uri prefLabel }
                    educationalGoals { source id }
                    paths { hruid language }
                    translations { key }
                    versions { key } } }""");
    assertThat(r.status()).isEqualTo(200);
    assertThat((String) r.read("$.data.learningObject.key")).isEqualTo("dl_neuron/nl/1");
    assertThat((String) r.read("$.data.learningObject.title")).isNotBlank();
    assertThat((String) r.read("$.data.learningObject.markdown")).isNotBlank();
    assertThat((String) r.read("$.data.learningObject.sourceFile"))
        .isEqualTo("learning_objects/nederlands/deep_learning/dl_neuron/index.md");
    assertThat((List<?>) r.read("$.data.learningObject.concepts")).isNotEmpty();
    assertThat((List<?>) r.read("$.data.learningObject.educationalGoals")).isNotEmpty();
    assertThat((List<String>) r.read("$.data.learningObject.paths[*].hruid"))
        .contains("demo_dl_basis");
    assertThat((List<String>) r.read("$.data.learningObject.translations[*].key"))
        .containsExactly("dl_neuron/en/1");
    assertThat((List<String>) r.read("$.data.learningObject.versions[*].key"))
        .containsExactly("dl_neuron/nl/1");
  }

  @Test
  void unknownObjectIsNullNotAnError() {
    var r = anonymous().post("{ learningObject(hruid: \"nope\", language: \"nl\") { key } }");
    assertThat((Object) r.read("$.data.learningObject")).isNull();
    assertThat(r.body()).doesNotContain("errors");
  }

  @Test
  void teacherOnlyObjectsAreHiddenFromAnonymousAndShownToTeachers() {
    String query =
        "{ learningObject(hruid: \"un_ai4\", language: \"nl\") { key teacherExclusive } }";
    assertThat((Object) anonymous().post(query).read("$.data.learningObject")).isNull();
    assertThat((Boolean) teacher().post(query).read("$.data.learningObject.teacherExclusive"))
        .isTrue();
    String count = "{ learningObjects(filter: {teacherExclusive: true}) { totalCount } }";
    assertThat((Integer) anonymous().post(count).read("$.data.learningObjects.totalCount"))
        .isZero();
    assertThat((Integer) teacher().post(count).read("$.data.learningObjects.totalCount"))
        .isEqualTo(4);
  }

  @Test
  void anInvalidTokenIsA401NotAnonymousAccess() {
    var r = anonymous().withToken("not-a-token").post("{ learningObjects { totalCount } }");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).contains("invalid bearer token").doesNotContain("Exception");
  }

  @Test
  void pagesThroughAllObjectsInKeyOrderWithStableCursors() {
    List<String> all =
        anonymous()
            .post("{ learningObjects(first: 100) { totalCount edges { node { key } } } }")
            .read("$.data.learningObjects.edges[*].node.key");
    List<String> paged = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      var r =
          anonymous()
              .post(
                  "query($after: String) { learningObjects(first: 7, after: $after) {"
                      + " totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }",
                  java.util.Collections.singletonMap("after", after));
      paged.addAll(r.read("$.data.learningObjects.edges[*].node.key"));
      more = r.read("$.data.learningObjects.pageInfo.hasNextPage");
      after = r.read("$.data.learningObjects.pageInfo.endCursor");
    }
    assertThat(paged).isEqualTo(all).isSorted().doesNotHaveDuplicates();
    // 8 visible demo objects and the 24 generated ones.
    assertThat(all).hasSize(8 + ContentTrees.LONG_PATH_NODES);
  }

  @Test
  void filtersObjects() {
    var r =
        anonymous()
            .post(
                """
                { en: learningObjects(filter: {language: "en"}) { totalCount }
                  image: learningObjects(filter: {contentType: "image/image"}) { edges { node { hruid } } }
                  age: learningObjects(filter: {targetAge: 14, language: "en", keyword: "GENERATED"}) { totalCount }
                  quick: learningObjects(filter: {maxEstimatedTime: 5, minEstimatedTime: 5}) { totalCount }
                  goal: learningObjects(filter: {educationalGoal: {source: "Test", id: "goal-1"}}) { totalCount }
                  concept: learningObjects(filter: {concept: "http://example.org/concept/generated-0"}) { totalCount } }""");
    assertThat((Integer) r.read("$.data.en.totalCount")).isEqualTo(3 + 24);
    assertThat((List<String>) r.read("$.data.image.edges[*].node.hruid"))
        .containsExactly("dl_netwerk_schema");
    assertThat((Integer) r.read("$.data.age.totalCount")).isEqualTo(24);
    assertThat((Integer) r.read("$.data.quick.totalCount")).isGreaterThanOrEqualTo(24);
    assertThat((Integer) r.read("$.data.goal.totalCount")).isEqualTo(12);
    assertThat((Integer) r.read("$.data.concept.totalCount")).isEqualTo(8);
  }

  @Test
  void walksAPathInOrderWithTransitionsNextAndPrevious() {
    var r =
        anonymous()
            .post(
                """
                { learningPath(hruid: "demo_dl_basis", language: "nl") {
                    key title image languages minAge maxAge keywords totalEstimatedTime
                    startNodes { ref { hruid } }
                    nodes { position isStart ref { hruid key } learningObject { hruid }
                            next { ref { hruid } } previous { ref { hruid } }
                            transitions { condition isDefault target { hruid } next { ref { hruid } } } } } }""");
    assertThat((List<String>) r.read("$.data.learningPath.nodes[*].ref.hruid"))
        .containsExactly(
            "dl_neuron", "dl_oefening", "dl_herhaling", "dl_training", "un_ai4", "dl_leerkracht");
    assertThat((List<String>) r.read("$.data.learningPath.startNodes[*].ref.hruid"))
        .containsExactly("dl_neuron");
    assertThat((List<String>) r.read("$.data.learningPath.languages")).containsExactly("nl");
    assertThat((String) r.read("$.data.learningPath.image"))
        .isEqualTo("/images/paths/nl/demo_dl_basis");
    assertThat((String) r.read("$.data.learningPath.nodes[1].next.ref.hruid"))
        .isEqualTo("dl_herhaling");
    assertThat((String) r.read("$.data.learningPath.nodes[1].previous.ref.hruid"))
        .isEqualTo("dl_neuron");
    assertThat((List<String>) r.read("$.data.learningPath.nodes[1].transitions[*].condition"))
        .contains("$.submission[?(@.score >= 5)]");
    // The teacher-only node stays in the path; only its object is withheld.
    assertThat((String) r.read("$.data.learningPath.nodes[4].ref.hruid")).isEqualTo("un_ai4");
    assertThat((Object) r.read("$.data.learningPath.nodes[4].learningObject")).isNull();
  }

  @Test
  void servesThePathCoverImageDecoded() throws Exception {
    var client = java.net.http.HttpClient.newHttpClient();
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://127.0.0.1:" + port + "/images/paths/nl/demo_dl_basis"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.body()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void pagesAndFiltersPaths() {
    var r =
        anonymous()
            .post(
                """
                { all: learningPaths { totalCount edges { node { key } } }
                  en: learningPaths(filter: {language: "en"}) { totalCount }
                  age: learningPaths(filter: {targetAge: 15}) { edges { node { hruid } } }
                  kw: learningPaths(filter: {keyword: "generated"}) { edges { node { hruid } } } }""");
    assertThat((List<String>) r.read("$.data.all.edges[*].node.key"))
        .containsExactly("demo_dl_basics/en", "demo_dl_basis/nl", "gen_long_path/en");
    assertThat((Integer) r.read("$.data.en.totalCount")).isEqualTo(2);
    assertThat((List<String>) r.read("$.data.kw.edges[*].node.hruid"))
        .containsExactly("gen_long_path");
    assertThat((List<String>) r.read("$.data.age.edges[*].node.hruid")).contains("gen_long_path");
  }

  @Test
  void listsConceptsAndGoalsWithTheirObjects() {
    var r =
        anonymous()
            .post(
                """
                { concepts(first: 100) { totalCount edges { node { uri learningObjects(first: 2) { totalCount edges { node { key } } } } } }
                  concept(uri: "http://example.org/concept/generated-1") { prefLabel learningObjects { totalCount } }
                  educationalGoal(source: "Test", id: "goal-0") { source id learningObjects(first: 100) { totalCount } } }""");
    assertThat((Integer) r.read("$.data.concepts.totalCount")).isGreaterThan(3);
    assertThat((Integer) r.read("$.data.concept.learningObjects.totalCount")).isEqualTo(8);
    assertThat((Integer) r.read("$.data.educationalGoal.learningObjects.totalCount")).isEqualTo(12);
  }

  @Test
  void reportsLinksBothWays() {
    var r =
        teacher()
            .post(
                """
                { learningObject(hruid: "dl_training", language: "nl") {
                    linksTo { kind target resolved path { key } object { key } source { key } } }
                  neuron: learningObject(hruid: "dl_neuron", language: "nl") { linkedFrom { kind source { key } } }
                  un: learningObject(hruid: "un_ai4", language: "nl") { linksTo { kind target resolved path { key } } }
                  path: learningPath(hruid: "demo_dl_basics", language: "en") { linkedFrom { source { key } } } }""");
    assertThat(
            (List<String>)
                r.read("$.data.learningObject.linksTo[?(@.kind == 'OBJECT_LINK')].object.key"))
        .contains("dl_neuron/nl/1");
    assertThat(
            (List<String>)
                r.read("$.data.learningObject.linksTo[?(@.kind == 'OBJECT_EMBED')].object.key"))
        .contains("dl_netwerk_schema/nl/1");
    assertThat((List<String>) r.read("$.data.neuron.linkedFrom[*].source.key"))
        .contains("dl_training/nl/1");
    assertThat(
            (List<Boolean>)
                r.read("$.data.un.linksTo[?(@.target == 'kiks3_dl_basis/nl')].resolved"))
        .containsOnly(false);
    assertThat((List<String>) r.read("$.data.path.linkedFrom[*].source.key"))
        .contains("dl_training/nl/1");
  }

  @Test
  void keepsTheImportReport() {
    var r =
        admin()
            .post(
                "{ importReport { summary { objectsImported pathsImported objectsByLanguage { value count } }"
                    + " problems { severity code file message } changes { objectsWritten } } }");
    assertThat((Integer) r.read("$.data.importReport.summary.objectsImported"))
        .isEqualTo(12 + ContentTrees.LONG_PATH_NODES);
    assertThat((Integer) r.read("$.data.importReport.summary.pathsImported")).isEqualTo(3);
  }

  @Test
  void walkingALongPathCostsAFixedNumberOfRoundTrips() {
    String query =
        """
        query($hruid: String!, $language: String!) {
          learningPath(hruid: $hruid, language: $language) {
            nodes { ref { key } next { ref { key } }
              learningObject { key concepts { uri } educationalGoals { id }
                paths { key title minAge } linksTo { target } translations { key } } } } }""";
    long before = graph.roundTrips();
    var r = anonymous().post(query, Map.of("hruid", "gen_long_path", "language", "en"));
    long longPath = graph.roundTrips() - before;
    assertThat((List<?>) r.read("$.data.learningPath.nodes")).hasSize(ContentTrees.LONG_PATH_NODES);
    before = graph.roundTrips();
    anonymous().post(query, Map.of("hruid", "demo_dl_basics", "language", "en"));
    long shortPath = graph.roundTrips() - before;
    // path, nodes, objects, concepts, goals, paths, path stats, links, translations
    assertThat(longPath).isLessThanOrEqualTo(9).isEqualTo(shortPath);
  }

  @Test
  void badArgumentsAreClassifiedBadRequestsWithoutData() {
    var tooMany = anonymous().post("{ learningObjects(first: 500) { totalCount } }");
    assertThat(tooMany.status()).isBetween(400, 499);
    assertThat((String) tooMany.read("$.errors[0].message"))
        .contains("'first' must be between 1 and 100");
    assertThat((String) tooMany.read("$.errors[0].extensions.classification"))
        .isEqualTo("BAD_REQUEST");
    assertThat((List<?>) tooMany.read("$.errors")).hasSize(1);

    var cursor = anonymous().post("{ learningPaths(after: \"garbage\") { totalCount } }");
    assertThat((String) cursor.read("$.errors[0].message")).contains("not a cursor");

    var unknown = anonymous().post("{ learningObject(hruid: 3) { key } }");
    assertThat(unknown.status()).isBetween(400, 499);
    assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
