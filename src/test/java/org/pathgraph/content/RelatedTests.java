package org.pathgraph.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Related objects on the demo context. The generated path's objects make the score checkable by
 * hand: object i is about concept generated-(i mod 3), addresses goal-(i mod 2), has keywords
 * "generated" and "test", and sits at position i of gen_long_path; 36 objects in all.
 */
class RelatedTests extends DemoContextTests {

  /**
   * Rarity is counted over what the caller may see: of the 36 objects, 4 are teacher-only (un_ai4
   * in two languages, dl_teacher_notes, dl_leerkracht), so a learner's N is 32.
   */
  private static final long VISIBLE_TO_LEARNERS = 12 + 24 - 4;

  @Autowired Graph graph;

  @Test
  void ranksByTheDocumentedScoreWithReasons() {
    var r =
        anonymous()
            .post(
                "{ learningObject(hruid: \"gen_object_00\", language: \"en\") {"
                    + " related(first: 4) { score reasons object { key } } } }");
    List<String> keys = r.read("$.data.learningObject.related[*].object.key");
    assertThat(keys)
        .containsExactly(
            "gen_object_06/en/1", "gen_object_12/en/1", "gen_object_18/en/1", "gen_object_02/en/1");
    // Object 6: shares concept generated-0 (8 of 36 objects), goal-0, two keywords, 6 apart.
    double expected =
        RelatedObject.conceptWeight(VISIBLE_TO_LEARNERS, 8)
            + RelatedWeights.GOAL
            + 2 * RelatedWeights.KEYWORD
            + RelatedObject.pathWeight(6);
    assertThat((Double) r.read("$.data.learningObject.related[0].score"))
        .isCloseTo(expected, within(1e-9));
    assertThat((List<String>) r.read("$.data.learningObject.related[0].reasons"))
        .containsExactlyInAnyOrder(
            "concept: http://example.org/concept/generated-0",
            "goal: Test goal-0",
            "keyword: generated",
            "keyword: test",
            "path: gen_long_path/en (6 apart)");
    // Object 2: goal-0, two keywords, 2 apart; no shared concept.
    assertThat((Double) r.read("$.data.learningObject.related[3].score"))
        .isCloseTo(
            RelatedWeights.GOAL + 2 * RelatedWeights.KEYWORD + RelatedObject.pathWeight(2),
            within(1e-9));
  }

  @Test
  void theScoreFormulaWeighsRareConceptsMoreAndNearNodesMore() {
    assertThat(RelatedObject.conceptWeight(100, 2))
        .isGreaterThan(RelatedObject.conceptWeight(100, 50));
    assertThat(RelatedObject.conceptWeight(10, 10)).isZero();
    assertThat(RelatedObject.pathWeight(1)).isGreaterThan(RelatedObject.pathWeight(3));
    assertThat(RelatedObject.pathWeight(2)).isEqualTo(RelatedWeights.PATH / 2);
  }

  @Test
  void excludesTranslationsAndVersionsAndFollowsLinks() {
    var r =
        anonymous()
            .post(
                "{ learningObject(hruid: \"dl_neuron\", language: \"nl\") {"
                    + " related(first: 20, languages: [\"nl\", \"en\"]) { reasons object { hruid key } } } }");
    List<String> hruids = r.read("$.data.learningObject.related[*].object.hruid");
    assertThat(hruids).doesNotContain("dl_neuron").contains("dl_training", "dl_herhaling");
    List<String> reasons =
        r.read("$.data.learningObject.related[?(@.object.key == 'dl_training/nl/1')].reasons[*]");
    assertThat(reasons).contains("linked from: dl_training/nl/1");
    // Teacher-only objects never appear for learners.
    assertThat(hruids).doesNotContain("un_ai4", "dl_leerkracht");
  }

  @Test
  void relatedObjectsOfAPageCostAFixedNumberOfRoundTrips() {
    long before = graph.roundTrips();
    var r =
        anonymous()
            .post(
                "{ learningObjects(first: 30) { edges { node { key related(first: 3) { score object { key } } } } } }");
    assertThat((List<?>) r.read("$.data.learningObjects.edges")).hasSize(30);
    assertThat(graph.roundTrips() - before).isEqualTo(2);
  }
}
