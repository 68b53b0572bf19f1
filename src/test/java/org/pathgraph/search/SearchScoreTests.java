package org.pathgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.HostileContextTests;

/**
 * A search score tells nothing of hidden objects: rel_a and rel_b are alike but for one word each,
 * and two teacher-only objects hold rel_a's word too. Learners search an index of what they may
 * see, where both words are as rare, so both objects score the same; teachers, who see the hidden
 * two, score rel_a lower.
 */
class SearchScoreTests extends HostileContextTests {

  private static double score(GraphQlHttp client, String word, String hruid) {
    GraphQlHttp.Response r =
        client.post(
            """
            query($q: String!) { search(query: $q, language: "en") {
              totalCount edges { score node { hruid } } } }""",
            Map.of("q", word));
    List<Double> scores = r.read("$.data.search.edges[?(@.node.hruid == '" + hruid + "')].score");
    assertThat(scores).as(r.body()).hasSize(1);
    return scores.get(0);
  }

  @Test
  void learnersScoresAreThoseOfACorpusWithoutTheHiddenObjects() {
    assertThat(score(anonymous(), "zyxwordalpha", "rel_a"))
        .isCloseTo(score(anonymous(), "zyxwordbravo", "rel_b"), within(1e-9));
    assertThat(score(teacher(), "zyxwordalpha", "rel_a"))
        .isLessThan(score(teacher(), "zyxwordbravo", "rel_b"));
  }
}
