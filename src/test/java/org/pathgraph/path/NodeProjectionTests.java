package org.pathgraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A path's nodes read only the object properties the request selects (path/NodeSelection), so every
 * field of an object must answer the same through a path's nodes as asked of the object alone, each
 * field selected on its own (the narrowest projection) and all together.
 */
@SuppressWarnings("unchecked")
class NodeProjectionTests extends DemoContextTests {

  @Autowired Graph graph;

  /** One selection per kind of field: plain, renamed, loaded by key, rendered. */
  private static final List<String> FIELDS =
      List.of(
          "hruid language version",
          "title description keywords",
          "contentType targetAges difficulty estimatedTime",
          "teacherExclusive available copyright licence",
          "returnValue contentLocation aspectRatio sourceFile contentFile",
          "markdown",
          "concepts { uri prefLabel altLabels prefLabels { language text } notation inVocabulary }",
          "educationalGoals { source id }",
          "paths { key }",
          "linksTo { kind target resolved } linkedFrom { kind target } links { target }",
          "translations { key } versions { key }",
          "tr: translations { title markdown } ends: linksTo { source { key title } object { title keywords } }",
          "related(first: 3) { score reasons object { key } }",
          "html renderWarnings",
          "__typename");

  @Test
  void everyFieldAnswersThroughAPathAPageAndAloneAsWithAllFields() {
    String all = String.join(" ", FIELDS);
    for (GraphQlHttp client : List.of(anonymous(), teacher())) {
      Map<String, Object> path = largestPath(client);
      // Each object asked alone with every field: a field's answer does not depend on its company.
      Map<Object, Map<String, Object>> expected = new HashMap<>();
      for (Map<String, Object> object : viaPage(client, "")) {
        expected.put(object.get("key"), alone(client, object, all));
      }
      List<Map<String, Object>> onPath = viaPath(client, path, "");
      assertThat(onPath).isNotEmpty();
      String concept = aConceptWithObjects(client);
      for (String fields : FIELDS) {
        check(fields + " through the path", viaPath(client, path, fields), expected);
        check(fields + " in a page", viaPage(client, fields), expected);
        check(fields + " through a concept", viaConcept(client, concept, fields), expected);
        List<Map<String, Object>> few = new ArrayList<>();
        for (Map<String, Object> object : onPath.subList(0, Math.min(3, onPath.size()))) {
          if (object != null) {
            few.add(alone(client, object, fields));
          }
        }
        check(fields + " alone", few, expected);
      }
      check("all through the path", viaPath(client, path, all), expected);
    }
  }

  @Test
  void anObjectWithItsConceptsAConceptWithItsObjectsAndAPageAreOneStatementEach() {
    // The peer bench's (a), (c) and (d): the object and its concepts come in one statement, as do
    // a concept and the first page of its objects, and a page of objects with its count.
    Map<String, Object> object = viaPage(anonymous(), "").get(0);
    long before = graph.roundTrips();
    Map<String, Object> a =
        alone(anonymous(), object, "title description keywords concepts { uri prefLabel }");
    assertThat(graph.roundTrips() - before).isEqualTo(1);
    assertThat(a).containsKey("concepts");
    before = graph.roundTrips();
    anonymous()
        .post(
            "{ learningObjects(filter: {language: \"en\"}, first: 20) { totalCount edges { cursor"
                + " node { key title } } pageInfo { hasNextPage endCursor } } }");
    assertThat(graph.roundTrips() - before).isEqualTo(1);
    String concept = aConceptWithObjects(anonymous());
    before = graph.roundTrips();
    List<Map<String, Object>> objects = viaConcept(anonymous(), concept, "title");
    assertThat(graph.roundTrips() - before).isEqualTo(1);
    assertThat(objects).isNotEmpty();
  }

  @Test
  void conceptUrisAloneAreTheLabelledConceptsUris() {
    // `concepts { uri }` is answered from the object's conceptUris, without reading the concepts.
    for (GraphQlHttp client : List.of(anonymous(), teacher())) {
      List<Map<String, Object>> bare = viaPage(client, "concepts { uri }");
      List<Map<String, Object>> labelled = viaPage(client, "concepts { uri prefLabel notation }");
      assertThat(bare).hasSameSizeAs(labelled);
      for (int i = 0; i < bare.size(); i++) {
        List<Object> uris =
            ((List<Map<String, Object>>) labelled.get(i).get("concepts"))
                .stream().map(c -> c.get("uri")).toList();
        List<Object> bareUris =
            ((List<Map<String, Object>>) bare.get(i).get("concepts"))
                .stream().map(c -> c.get("uri")).toList();
        assertThat(bareUris).as((String) bare.get(i).get("key")).isEqualTo(uris);
      }
    }
    Map<String, Object> object = viaPage(anonymous(), "").get(0);
    long before = graph.roundTrips();
    alone(anonymous(), object, "concepts { uri }");
    assertThat(graph.roundTrips() - before).isEqualTo(1);
  }

  @Test
  void badPageArgumentsOfAConceptsObjectsAreAClearBadRequest() {
    // The concept reads its first page in the same statement, so the page's arguments are read
    // with the concept: a bad cursor or filter must still be a clear request error, not a 500.
    String concept = aConceptWithObjects(anonymous());
    Map<String, String> cases =
        Map.of(
            "after: \"not-a-cursor\"", "not a cursor",
            "filter: {minDifficulty: 3, maxDifficulty: 1}", "filter.minDifficulty");
    cases.forEach(
        (arguments, message) -> {
          GraphQlHttp.Response r =
              anonymous()
                  .post(
                      "query($uri: String!) { concept(uri: $uri) { uri learningObjects("
                          + arguments
                          + ") { totalCount } } }",
                      Map.of("uri", concept));
          assertThat((String) r.read("$.errors[0].extensions.classification"))
              .as(arguments)
              .isEqualTo("BAD_REQUEST");
          assertThat((String) r.read("$.errors[0].message")).as(arguments).contains(message);
          assertThat(r.body()).as(arguments).doesNotContain("Exception");
        });
  }

  /** The URI of a concept that some object visible to {@code client} is about. */
  private static String aConceptWithObjects(GraphQlHttp client) {
    for (Map<String, Object> object : viaPage(client, "concepts { uri }")) {
      List<Map<String, Object>> concepts = (List<Map<String, Object>>) object.get("concepts");
      if (!concepts.isEmpty()) {
        return (String) concepts.get(0).get("uri");
      }
    }
    throw new AssertionError("no object with a concept");
  }

  private static List<Map<String, Object>> viaConcept(
      GraphQlHttp client, String uri, String fields) {
    GraphQlHttp.Response r =
        client.post(
            "query($uri: String!) { concept(uri: $uri) { uri learningObjects(includeNarrower:"
                + " false, first: 20) { totalCount edges { node { key hruid language version "
                + fields
                + " } } } } }",
            Map.of("uri", uri));
    assertThat(r.body()).as(fields).doesNotContain("\"errors\"");
    return r.read("$.data.concept.learningObjects.edges[*].node");
  }

  /** Each object equals the answer with every field, cut to the fields it was asked for. */
  private static void check(
      String what, List<Map<String, Object>> objects, Map<Object, Map<String, Object>> expected) {
    for (Map<String, Object> object : objects) {
      if (object != null) {
        Map<String, Object> full = expected.get(object.get("key"));
        assertThat(full).as(what + ": " + object.get("key")).isNotNull();
        Map<String, Object> cut = new HashMap<>(full);
        cut.keySet().retainAll(object.keySet());
        assertThat(object).as(what + ": " + object.get("key")).isEqualTo(cut);
      }
    }
  }

  private static List<Map<String, Object>> viaPage(GraphQlHttp client, String fields) {
    GraphQlHttp.Response r =
        client.post(
            "{ learningObjects(first: 100) { edges { node { key hruid language version "
                + fields
                + " } } } }");
    assertThat(r.body()).as(fields).doesNotContain("\"errors\"");
    return r.read("$.data.learningObjects.edges[*].node");
  }

  private static List<Map<String, Object>> viaPath(
      GraphQlHttp client, Map<String, Object> path, String fields) {
    GraphQlHttp.Response r =
        client.post(
            "{ learningPath(hruid: \""
                + path.get("hruid")
                + "\", language: \""
                + path.get("language")
                + "\") { nodes { learningObject { key hruid language version "
                + fields
                + " } } } }");
    assertThat(r.body()).as(fields).doesNotContain("\"errors\"");
    return r.read("$.data.learningPath.nodes[*].learningObject");
  }

  private static Map<String, Object> alone(
      GraphQlHttp client, Map<String, Object> object, String fields) {
    GraphQlHttp.Response r =
        client.post(
            "{ learningObject(hruid: \""
                + object.get("hruid")
                + "\", language: \""
                + object.get("language")
                + "\", version: "
                + object.get("version")
                + ") { key hruid language version "
                + fields
                + " } }");
    assertThat(r.body()).doesNotContain("\"errors\"");
    return r.read("$.data.learningObject");
  }

  private static Map<String, Object> largestPath(GraphQlHttp client) {
    List<Map<String, Object>> paths =
        client
            .post(
                "{ learningPaths(first: 50) { edges { node { hruid language nodes { key } } } } }")
            .read("$.data.learningPaths.edges[*].node");
    return paths.stream()
        .max(Comparator.comparingInt(p -> ((List<?>) p.get("nodes")).size()))
        .orElseThrow();
  }
}
