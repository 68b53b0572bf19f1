package org.pathgraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.beans.factory.annotation.Autowired;

/** Walking, branching, progress, problems and diagrams over HTTP on the demo content. */
class NavigationTests extends DemoContextTests {

  @Autowired Graph graph;

  private String next(String from, String returnValue) {
    var r =
        anonymous()
            .post(
                "query($v: JSON) { learningPath(hruid: \"demo_dl_basis\", language: \"nl\") {"
                    + " node(hruid: \""
                    + from
                    + "\") { next(returnValue: $v) { ref { hruid } } } } }",
                java.util.Collections.singletonMap(
                    "v",
                    returnValue == null ? null : Map.of("score", Integer.parseInt(returnValue))));
    Map<String, Object> next = r.read("$.data.learningPath.node.next");
    return next == null ? null : (String) ((Map<?, ?>) next.get("ref")).get("hruid");
  }

  @Test
  void branchesOnTheSubmittedScore() {
    assertThat(next("dl_oefening", "7")).isEqualTo("dl_training");
    assertThat(next("dl_oefening", "3")).isEqualTo("dl_herhaling");
    assertThat(next("dl_oefening", null)).isEqualTo("dl_herhaling");
    assertThat(next("dl_leerkracht", null)).isNull();
  }

  @Test
  void walksThePathByNextToItsEnd() {
    List<String> walked = new ArrayList<>();
    String current = "dl_neuron";
    while (current != null && walked.size() < 20) {
      walked.add(current);
      current = next(current, null);
    }
    assertThat(walked)
        .containsExactly(
            "dl_neuron", "dl_oefening", "dl_herhaling", "dl_training", "un_ai4", "dl_leerkracht");
  }

  @Test
  void marksTeacherOnlyNodesRestrictedForAnonymousUsers() {
    var r =
        anonymous()
            .post(
                "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") {"
                    + " node(hruid: \"un_ai4\") { restricted learningObject { key } } } }");
    assertThat((Boolean) r.read("$.data.learningPath.node.restricted")).isTrue();
    assertThat((Object) r.read("$.data.learningPath.node.learningObject")).isNull();
    var t =
        anonymous()
            .withToken(Tokens4Tests.teacher())
            .post(
                "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") {"
                    + " node(hruid: \"un_ai4\") { restricted learningObject { key } } } }");
    assertThat((Boolean) t.read("$.data.learningPath.node.restricted")).isFalse();
    assertThat((String) t.read("$.data.learningPath.node.learningObject.key"))
        .isEqualTo("un_ai4/nl/3");
  }

  @Test
  void reportsProgressAndIgnoresObjectsOutsideThePath() {
    var r =
        anonymous()
            .post(
                """
                { learningPath(hruid: "demo_dl_basis", language: "nl") {
                    progress(completed: [{hruid: "dl_neuron", language: "nl"},
                                         {hruid: "dl_oefening", language: "nl", version: 1},
                                         {hruid: "elsewhere", language: "nl"}]) {
                      done remaining total percentage estimatedTimeLeft
                      completedNodes { ref { hruid } } nextNode { ref { hruid } }
                      ignored { hruid } } } }""");
    String p = "$.data.learningPath.progress.";
    assertThat((Integer) r.read(p + "done")).isEqualTo(2);
    assertThat((Integer) r.read(p + "remaining")).isEqualTo(4);
    assertThat((Integer) r.read(p + "total")).isEqualTo(6);
    assertThat((Double) r.read(p + "percentage")).isEqualTo(33.3);
    assertThat((String) r.read(p + "nextNode.ref.hruid")).isEqualTo("dl_herhaling");
    assertThat((List<String>) r.read(p + "ignored[*].hruid")).containsExactly("elsewhere");
    // herhaling 10 + training 30; the teacher-only nodes' times are not shown to learners.
    assertThat((Integer) r.read(p + "estimatedTimeLeft")).isEqualTo(40);
  }

  @Test
  void aWellFormedPathHasNoProblems() {
    var r =
        anonymous()
            .post(
                "{ a: learningPath(hruid: \"demo_dl_basis\", language: \"nl\") { problems { code } }"
                    + " b: learningPath(hruid: \"gen_long_path\", language: \"en\") { problems { code } } }");
    assertThat((List<?>) r.read("$.data.a.problems")).isEmpty();
    assertThat((List<?>) r.read("$.data.b.problems")).isEmpty();
  }

  @Test
  void drawsThePathAndTheLinkedPaths() {
    var r =
        anonymous()
            .post(
                """
                { learningPath(hruid: "demo_dl_basis", language: "nl") {
                    mermaid: diagram dot: diagram(format: DOT) }
                  pathGraph(language: "nl") }""");
    String mermaid = r.read("$.data.learningPath.mermaid");
    assertThat(mermaid)
        .startsWith("flowchart TD")
        .contains("Het kunstmatige neuron")
        .contains("score #gt;= 5")
        .contains("-.->");
    assertThat((String) r.read("$.data.learningPath.dot")).startsWith("digraph path {");
    String graph = r.read("$.data.pathGraph");
    assertThat(graph).contains("demo_dl_basis/nl").contains("demo_dl_basics/en").contains("-->");
  }

  @Test
  void navigationFieldsCostAFixedNumberOfRoundTrips() {
    String query =
        """
        query($h: String!, $l: String!) { learningPath(hruid: $h, language: $l) {
          diagram problems { code }
          progress(completed: []) { done nextNode { ref { key } } }
          nodes { restricted next(returnValue: {score: 6}) { key } learningObject { key } } } }""";
    // path, nodes, node objects
    assertThat(roundTrips(query, "gen_long_path", "en"))
        .isEqualTo(roundTrips(query, "demo_dl_basis", "nl"))
        .isLessThanOrEqualTo(3);
  }

  @Test
  void aPathWithItsObjectsConceptsAndHtmlIsOneStatement() {
    String query =
        """
        query($h: String!, $l: String!) { learningPath(hruid: $h, language: $l) {
          key title nodes { position learningObject { key title html concepts { uri } } } } }""";
    // The path, its nodes, their objects, concepts and embeds: one statement (nodes-of-paths).
    assertThat(roundTrips(query, "gen_long_path", "en"))
        .isEqualTo(roundTrips(query, "demo_dl_basis", "nl"))
        .isEqualTo(1);
  }

  /** The Cypher round trips of {@code query} on one path, anonymously. */
  private long roundTrips(String query, String hruid, String language) {
    long before = graph.roundTrips();
    anonymous().post(query, Map.of("h", hruid, "l", language));
    return graph.roundTrips() - before;
  }

  @Test
  void objectsOfAPathRenderAndListConceptsAsTheyDoAlone() {
    // demo_dl_basis holds objects that embed others (one of them teacher-only): what arrives with
    // the path must render exactly as the object asked for alone, for every role.
    for (var client : List.of(anonymous(), teacher())) {
      var path =
          client.post(
              "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") { nodes {"
                  + " learningObject { hruid language version html concepts { uri } } } } }");
      List<Map<String, Object>> objects = path.read("$.data.learningPath.nodes[*].learningObject");
      int embedding = 0;
      for (Map<String, Object> o : objects) {
        if (o == null) {
          continue;
        }
        var alone =
            client.post(
                "query($h: String!, $l: String!, $v: Int) { learningObject(hruid: $h, language: $l,"
                    + " version: $v) { html concepts { uri } } }",
                Map.of("h", o.get("hruid"), "l", o.get("language"), "v", o.get("version")));
        assertThat(o.get("html")).isEqualTo(alone.read("$.data.learningObject.html"));
        assertThat(o.get("concepts")).isEqualTo(alone.read("$.data.learningObject.concepts"));
        if (((String) o.get("html")).contains("pg-object")
            || ((String) o.get("html")).contains("pg-restricted")) {
          embedding++;
        }
      }
      assertThat(objects).hasSizeGreaterThan(3);
      assertThat(embedding).as("objects with an embedded object").isPositive();
    }
  }
}
