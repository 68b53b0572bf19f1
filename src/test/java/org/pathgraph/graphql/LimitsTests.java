package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abuse limits: each bomb is refused with a 400, a BAD_REQUEST error naming the limit and its
 * value, in milliseconds and without a single Cypher round trip; the server answers a normal query
 * right after.
 */
class LimitsTests extends DemoContextTests {

  private static final String NORMAL =
      "{ learningObject(hruid: \"dl_neuron\", language: \"nl\") { key title } }";

  @Autowired Graph graph;
  @Autowired org.neo4j.driver.Driver driver;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  /** Fires {@code query}, asserts a fast 400 naming {@code setting} with no database work. */
  private GraphQlHttp.Response refused(String query, String setting, String message) {
    long roundTrips = graph.roundTrips();
    long started = System.nanoTime();
    var r = anonymous().post(query);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat((String) r.read("$.errors[0].message"))
        .contains(message)
        .contains("pathgraph.limits." + setting);
    assertThat((String) r.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
    assertThat((String) r.read("$.errors[0].extensions.limit"))
        .isEqualTo("pathgraph.limits." + setting);
    assertThat(r.body()).doesNotContain("\"data\"");
    assertThat(graph.roundTrips() - roundTrips).as("Cypher round trips").isZero();
    // Generous for a loaded 2-core machine; the point is no work proportional to the bomb.
    assertThat(millis).as("milliseconds to refuse").isLessThan(2000);
    System.out.printf("refused %s in %d ms%n", setting, millis);
    var normal = anonymous().post(NORMAL);
    assertThat(normal.status()).isEqualTo(200);
    assertThat((String) normal.read("$.data.learningObject.key")).isEqualTo("dl_neuron/nl/1");
    return r;
  }

  @Test
  void refusesADepthBomb() {
    String deep = "key";
    for (int i = 0; i < 10; i++) {
      deep = "paths { nodes { learningObject { " + deep + " } } }";
    }
    refused(
        "{ learningObject(hruid: \"dl_neuron\", language: \"nl\") { " + deep + " } }",
        "max-depth",
        "levels deep, more than the limit of 12");
  }

  @Test
  void refusesADepthBombHiddenInFragments() {
    StringBuilder doc =
        new StringBuilder("{ learningObject(hruid: \"dl_neuron\", language: \"nl\") { ...F0 } }");
    for (int i = 0; i < 14; i++) {
      doc.append(
          " fragment F%d on LearningObject { paths { nodes { learningObject { %s } } } }"
              .formatted(i, i == 13 ? "key" : "...F" + (i + 1)));
    }
    refused(doc.toString(), "max-depth", "more than the limit of 12");
  }

  @Test
  void refusesAnAliasBomb() {
    String aliases =
        IntStream.range(0, 200)
            .mapToObj(i -> "a" + i + ": learningObjects(first: 100) { totalCount }")
            .collect(Collectors.joining(" "));
    refused("{ " + aliases + " }", "max-aliases", "has 200 aliases, more than the limit of 30");
  }

  @Test
  void refusesAWidthBomb() {
    String fields = IntStream.range(0, 3000).mapToObj(i -> "key").collect(Collectors.joining(" "));
    refused(
        "{ learningObjects { edges { node { " + fields + " } } } }",
        "max-fields",
        "more than the limit of 500");
  }

  @Test
  void refusesATokenBomb() {
    // 6,000 one-character tokens: small in characters, big in tokens.
    String ones = IntStream.range(0, 6000).mapToObj(i -> "1").collect(Collectors.joining(" "));
    refused(
        "{ learningObject(hruid: \"dl_neuron\", language: \"nl\", version: ["
            + ones
            + "]) { key } }",
        "max-tokens",
        "more than 5,000 tokens");
  }

  @Test
  void refusesAnOversizedDocument() {
    String comment = "# " + "x".repeat(25_000) + "\n";
    refused(comment + NORMAL, "max-document-chars", "more than the limit of 20,000");
  }

  @Test
  void refusesARequestOverTheNodeBudget() {
    refused(
        "{ learningObjects(first: 100) { edges { node { paths { nodes { learningObject {"
            + " concepts { uri } } } } } } } }",
        "max-nodes",
        "more than the budget of 20,000");
  }

  @Test
  void countsListsWithoutFirstWithTheDefaultListSize() {
    // 100 objects x 10 paths x 10 nodes = 10,000 nodes and as many objects: over 20,000.
    refused(
        "{ learningObjects(first: 100) { edges { node { paths { nodes { learningObject { key }"
            + " } } } } } }",
        "max-nodes",
        "about 21,");
    // 100 objects with their paths (100 + 100 + 100 + 1,000) is fine.
    var r =
        anonymous().post("{ learningObjects(first: 100) { edges { node { paths { key } } } } }");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("errors");
  }

  @Test
  void checksFirstOnEveryConnectionAndList() {
    for (String query :
        List.of(
            "{ learningObjects(first: 0) { totalCount } }",
            "{ learningPaths(first: 101) { totalCount } }",
            "{ concepts { edges { node { learningObjects(first: -1) { totalCount } } } } }",
            "{ learningObject(hruid: \"dl_neuron\", language: \"nl\") { related(first: 500) {"
                + " score } } }")) {
      long roundTrips = graph.roundTrips();
      var r = anonymous().post(query);
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat((String) r.read("$.errors[0].message"))
          .contains("'first' must be between 1 and 100");
      assertThat(graph.roundTrips()).isEqualTo(roundTrips);
    }
  }

  @Test
  void variablesCountInTheLimits() {
    long roundTrips = graph.roundTrips();
    var r =
        anonymous()
            .post(
                "query($n: Int) { learningObjects(first: $n) { edges { node { paths { nodes {"
                    + " learningObject { concepts { uri } } } } } } } }",
                Map.of("n", 100));
    assertThat(r.status()).isEqualTo(400);
    assertThat((String) r.read("$.errors[0].extensions.limit"))
        .isEqualTo("pathgraph.limits.max-nodes");
    assertThat(graph.roundTrips()).isEqualTo(roundTrips);
  }

  @Test
  void introspectionIsOnByDefaultAndTypenameNeverCounts() {
    var r = anonymous().post("{ __typename __schema { queryType { name } } }");
    assertThat(r.status()).isEqualTo(200);
    assertThat((String) r.read("$.data.__schema.queryType.name")).isEqualTo("Query");
    // GraphiQL's full introspection query nests deeper than 12 through ofType: not counted.
    var full = anonymous().post(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
    assertThat(full.status()).isEqualTo(200);
    assertThat(full.body()).doesNotContain("\"errors\"");
  }

  @Test
  void aRequestOverItsTimeoutIsCancelledWithAClearError() {
    // A client may shorten its own timeout: 1 ms is over before the first statement starts.
    var r =
        anonymous()
            .withHeader("Pathgraph-Timeout", "1ms")
            .post("{ learningObjects { edges { node { key concepts { uri } } } } }");
    assertThat(r.body()).contains("took longer than its timeout of 1 ms");
    assertThat(r.body()).contains("pathgraph.limits.timeout").doesNotContain("INTERNAL_ERROR");
    // A longer header than the configured 10 s is ignored, and the request runs normally.
    var normal = anonymous().withHeader("Pathgraph-Timeout", "1h").post(NORMAL);
    assertThat(normal.body()).doesNotContain("errors");
  }

  @Test
  void anOversizedReturnValueIsRefusedBeforeExecutionNamingTheArgument() {
    String over = "x".repeat(16_400);
    // As a literal in the document (within the document's own limit of 20,000 characters)...
    var literal =
        refused(
            "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") { node(hruid:"
                + " \"dl_oefening\") { next(returnValue: {score: 7, pad: \""
                + over
                + "\"}) { key } } } }",
            "max-return-value",
            "PathNode.next: argument 'returnValue' holds more than 16,384 bytes of JSON");
    assertThat(literal.<Integer>read("$.errors[0].extensions.max")).isEqualTo(16_384);
    // ... and as a variable.
    long roundTrips = graph.roundTrips();
    var variable =
        anonymous().post(NEXT_FROM_OEFENING, Map.of("v", Map.of("score", 7, "pad", over)));
    assertThat(variable.status()).as(variable.body()).isEqualTo(400);
    assertThat(variable.<String>read("$.errors[0].message"))
        .contains("argument 'returnValue'")
        .contains("pathgraph.limits.max-return-value");
    assertThat(variable.<String>read("$.errors[0].extensions.classification"))
        .isEqualTo("BAD_REQUEST");
    assertThat(variable.body()).doesNotContain("\"data\"");
    assertThat(graph.roundTrips() - roundTrips).as("Cypher round trips").isZero();
    // Just under the limit is answered.
    var under = anonymous().post(NEXT_FROM_OEFENING, Map.of("v", returnValueOf(16_384, 0)));
    assertThat(under.body()).doesNotContain("errors");
    assertThat(under.<String>read("$.data.learningPath.node.next.ref.hruid"))
        .isEqualTo("dl_training");
  }

  @Test
  void thirtyAliasesOfNextWithOneReturnValueEvaluateTheConditionOnce() {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    Map<String, Object> value = returnValueOf(16_000, 0);
    for (int i = 0; i < 30; i++) {
      variables.put("v" + i, value);
    }
    double before = evaluated();
    var r = anonymous().post(thirtyAliasesOfNext(), variables);
    assertThat(evaluated() - before).as("conditions evaluated").isEqualTo(1);
    assertThat(r.body()).doesNotContain("errors");
    List<String> next = r.read("$.data.*.node.next.ref.hruid");
    assertThat(next).hasSize(30).containsOnly("dl_training");
  }

  @Test
  void thirtyDistinctReturnValuesNearTheLimitStayWithinTheConditionBudget() {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      variables.put("v" + i, returnValueOf(16_000, i));
    }
    double before = evaluated();
    var r = anonymous().post(thirtyAliasesOfNext(), variables);
    double evaluations = evaluated() - before;
    // 256 KB of budget buys 16 evaluations of 16,000 bytes; the other aliases are refused.
    assertThat(evaluations).as("conditions evaluated").isBetween(1.0, 16.0);
    assertThat(r.status()).isEqualTo(200);
    List<Map<String, Object>> errors = r.read("$.errors");
    assertThat(errors).hasSize(30 - (int) evaluations);
    for (Map<String, Object> error : errors) {
      assertThat(error.toString())
          .contains("pathgraph.limits.condition-budget")
          .contains("BAD_REQUEST")
          .doesNotContain("pathgraph.limits.timeout", "INTERNAL_ERROR");
    }
    List<String> answered = r.read("$.data.*.node.next.ref.hruid");
    assertThat(answered).hasSize((int) evaluations).containsOnly("dl_training");
  }

  private static final String NEXT_FROM_OEFENING =
      "query($v: JSON) { learningPath(hruid: \"demo_dl_basis\", language: \"nl\") {"
          + " node(hruid: \"dl_oefening\") { next(returnValue: $v) { ref { hruid } } } } }";

  private static String thirtyAliasesOfNext() {
    StringBuilder doc = new StringBuilder("query(");
    for (int i = 0; i < 30; i++) {
      doc.append(i == 0 ? "" : ", ").append("$v").append(i).append(": JSON");
    }
    doc.append(") {");
    for (int i = 0; i < 30; i++) {
      doc.append(
          (" a%d: learningPath(hruid: \"demo_dl_basis\", language: \"nl\") { node(hruid:"
                  + " \"dl_oefening\") { next(returnValue: $v%d) { ref { hruid } } } }")
              .formatted(i, i));
    }
    return doc.append(" }").toString();
  }

  /** A passing submission of exactly {@code bytes} bytes of JSON, distinct for each {@code n}. */
  private static Map<String, Object> returnValueOf(int bytes, int n) {
    String prefix = n + "-";
    // {"score":7,"pad":"..."} is 20 bytes around the pad.
    return Map.of("score", 7, "pad", prefix + "x".repeat(bytes - 20 - prefix.length()));
  }

  private double evaluated() {
    return meters.get("pathgraph.conditions.evaluated").counter().count();
  }
}
