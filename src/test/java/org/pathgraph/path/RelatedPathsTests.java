package org.pathgraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Related paths on the demo context: the Dutch and English deep-learning paths share concepts and
 * link to each other; teacher-only objects never name themselves in an anonymous reason.
 */
class RelatedPathsTests extends DemoContextTests {

  private static final String QUERY =
      "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") {"
          + " relatedPaths(languages: [\"nl\", \"en\"]) { score reasons path { key } } } }";

  @Autowired Graph graph;

  @Test
  void theOtherLanguagesDeepLearningPathIsRelatedByConceptsAndLinks() {
    var r = anonymous().post(QUERY);
    assertThat(r.body()).doesNotContain("\"errors\"");
    List<String> keys = r.read("$.data.learningPath.relatedPaths[*].path.key");
    assertThat(keys).contains("demo_dl_basics/en").doesNotContain("demo_dl_basis/nl");
    List<String> reasons =
        r.read("$.data.learningPath.relatedPaths[?(@.path.key == 'demo_dl_basics/en')].reasons[*]");
    assertThat(reasons).anyMatch(s -> s.startsWith("concept: "));
    List<Double> scores = r.read("$.data.learningPath.relatedPaths[*].score");
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void teacherOnlyObjectsAreEvidenceForTeachersOnly() {
    List<String> anonymous = anonymous().post(QUERY).read("$..reasons[*]");
    List<String> teacher = teacher().post(QUERY).read("$..reasons[*]");
    assertThat(anonymous).noneMatch(s -> s.contains("un_ai4") || s.contains("dl_leerkracht"));
    assertThat(anonymous).isNotEmpty();
    assertThat(teacher).containsAll(anonymous);
  }

  @Test
  void withoutLanguagesOnlyPathsInThePathsOwnLanguageCount() {
    // The English path is related with languages [nl, en] (above), not by default.
    List<String> keys =
        anonymous()
            .post(
                "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") {"
                    + " relatedPaths { path { key } } } }")
            .read("$.data.learningPath.relatedPaths[*].path.key");
    assertThat(keys).doesNotContain("demo_dl_basics/en");
  }

  @Test
  void theConceptWeightIsItsRarityOverPaths() {
    assertThat(RelatedPath.conceptWeight(10, 1)).isGreaterThan(RelatedPath.conceptWeight(10, 5));
    assertThat(RelatedPath.conceptWeight(10, 10)).isZero();
  }

  @Test
  void relatedPathsOfAPageCostAFixedNumberOfRoundTrips() {
    long before = graph.roundTrips();
    var r =
        anonymous()
            .post(
                "{ learningPaths(first: 10) { edges { node { key"
                    + " relatedPaths(first: 3, languages: [\"nl\", \"en\"]) { score path { key } } } } } }");
    assertThat((List<?>) r.read("$.data.learningPaths.edges")).hasSizeGreaterThan(1);
    assertThat(graph.roundTrips() - before).isEqualTo(2);
  }
}
