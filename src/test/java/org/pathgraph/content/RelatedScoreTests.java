package org.pathgraph.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.HostileContextTests;

/**
 * A related score counts only the objects the caller may see: rel_a and rel_b share a concept with
 * two teacher-only objects, and a learner's score for the pair is what it would be without them.
 */
class RelatedScoreTests extends HostileContextTests {

  private static final double KEYWORD = 0.5;

  private static double scoreOfRelB(GraphQlHttp client) {
    GraphQlHttp.Response r =
        client.post(
            """
            { learningObject(hruid: "rel_a", language: "en") {
                related(first: 100) { object { hruid } score reasons } } }""");
    List<Double> scores =
        r.read("$.data.learningObject.related[?(@.object.hruid == 'rel_b')].score");
    List<List<String>> reasons =
        r.read("$.data.learningObject.related[?(@.object.hruid == 'rel_b')].reasons");
    assertThat(reasons.get(0))
        .containsExactlyInAnyOrder(
            "concept: http://example.org/concept/shared", "keyword: hostile");
    return scores.get(0);
  }

  private static int visibleObjects(GraphQlHttp client) {
    return client
        .post("{ learningObjects { totalCount } }")
        .read("$.data.learningObjects.totalCount");
  }

  @Test
  void aSharedConceptsRarityIsCountedOverTheObjectsTheCallerMaySee() {
    // Learners see rel_a and rel_b about the concept; teachers see rel_h1 and rel_h2 too.
    assertThat(scoreOfRelB(anonymous()))
        .isCloseTo(Math.log(visibleObjects(anonymous()) / 2.0) + KEYWORD, within(1e-9));
    assertThat(scoreOfRelB(teacher()))
        .isCloseTo(Math.log(visibleObjects(teacher()) / 4.0) + KEYWORD, within(1e-9));
  }
}
