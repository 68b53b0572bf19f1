package org.pathgraph.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nested query objects → paths → nodes → objects (once seen near the 10 s request timeout on a
 * machine loaded by many builds): each level is one batched statement, so a page of 2 objects and a
 * page of 50 cost the same 3 round trips (the page, the paths of its objects, the nodes of those
 * paths with their objects), whatever the numbers of paths and nodes below.
 */
public class NestedPathsQueryTests extends DemoContextTests {

  /** The query of the report, with a page size. */
  public static String query(int first) {
    return "{ learningObjects(first: "
        + first
        + ") { edges { node { key paths { key nodes { learningObject { key title } } } } } } }";
  }

  @Autowired Graph graph;

  @Test
  void pagesOfAnySizeCostThreeRoundTrips() {
    for (GraphQlHttp client : List.of(anonymous(), teacher())) {
      Measured small = measure(graph, client, 2);
      Measured large = measure(graph, client, 50);
      assertThat(large.objects()).isGreaterThan(10 * small.objects());
      assertThat(large.nodes()).isGreaterThan(10 * small.nodes());
      assertThat(small.roundTrips()).isEqualTo(3);
      assertThat(large.roundTrips()).isEqualTo(3);
    }
  }

  /** The figures of one run of {@link #query}, after checking its answer hangs together. */
  public record Measured(int objects, int paths, int nodes, long roundTrips) {}

  /**
   * Runs {@link #query} and counts its round trips; checks that every object appears (visible)
   * among the nodes of each of its paths, so the batched levels are joined right.
   */
  public static Measured measure(Graph graph, GraphQlHttp client, int first) {
    long before = graph.roundTrips();
    GraphQlHttp.Response r = client.post(query(first));
    long roundTrips = graph.roundTrips() - before;
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("\"errors\"");
    List<Map<String, Object>> objects = r.read("$.data.learningObjects.edges[*].node");
    int paths = 0;
    int nodes = 0;
    for (Map<String, Object> object : objects) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> itsPaths = (List<Map<String, Object>>) object.get("paths");
      paths += itsPaths.size();
      for (Map<String, Object> path : itsPaths) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> itsNodes = (List<Map<String, Object>>) path.get("nodes");
        nodes += itsNodes.size();
        assertThat(itsNodes)
            .as("%s in %s", object.get("key"), path.get("key"))
            .anySatisfy(
                n -> {
                  assertThat(n.get("learningObject")).isNotNull();
                  assertThat(((Map<?, ?>) n.get("learningObject")).get("key"))
                      .isEqualTo(object.get("key"));
                });
      }
    }
    return new Measured(objects.size(), paths, nodes, roundTrips);
  }
}
