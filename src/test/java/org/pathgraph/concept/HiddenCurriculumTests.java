package org.pathgraph.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.HostileContextTests;

/**
 * A goal, or a concept no vocabulary describes, exists for a caller only through objects that
 * caller may see: learners cannot confirm what only teacher-only or unavailable objects name.
 */
class HiddenCurriculumTests extends HostileContextTests {

  private static final String TEACHER_CONCEPT = "http://example.org/concept/only-teacher";
  private static final String UNAVAILABLE_CONCEPT = "http://example.org/concept/only-unavailable";

  private static Object goal(GraphQlHttp client, String source, String id) {
    GraphQlHttp.Response r =
        client.post(
            "query($s: String!, $i: String!) { educationalGoal(source: $s, id: $i) { id } }",
            Map.of("s", source, "i", id));
    return r.read("$.data.educationalGoal");
  }

  private static Object concept(GraphQlHttp client, String uri) {
    return client
        .post("query($u: String!) { concept(uri: $u) { uri } }", Map.of("u", uri))
        .read("$.data.concept");
  }

  private static List<String> concepts(GraphQlHttp client) {
    return client.post("{ concepts(first: 100) { edges { node { uri } } } }").read("$..uri");
  }

  @Test
  void aGoalOnlyHiddenObjectsAddressIsUnknownToThoseWhoCannotSeeThem() {
    assertThat(goal(anonymous(), "SecretSource", "hidden-1")).isNull();
    assertThat(goal(teacher(), "SecretSource", "hidden-1")).isNotNull();
    assertThat(goal(teacher(), "GoneSource", "gone-1")).isNull();
    assertThat(goal(admin(), "GoneSource", "gone-1")).isNotNull();
  }

  @Test
  void aConceptOnlyHiddenObjectsNameIsUnknownToThoseWhoCannotSeeThem() {
    assertThat(concept(anonymous(), TEACHER_CONCEPT)).isNull();
    assertThat(concept(teacher(), TEACHER_CONCEPT)).isNotNull();
    assertThat(concept(teacher(), UNAVAILABLE_CONCEPT)).isNull();
    assertThat(concept(admin(), UNAVAILABLE_CONCEPT)).isNotNull();
    assertThat(concept(anonymous(), "http://example.org/concept/public-parent")).isNotNull();

    assertThat(concepts(anonymous()))
        .contains("http://example.org/concept/public-parent")
        .doesNotContain(TEACHER_CONCEPT, UNAVAILABLE_CONCEPT);
    assertThat(concepts(teacher())).contains(TEACHER_CONCEPT).doesNotContain(UNAVAILABLE_CONCEPT);
    assertThat(concepts(admin())).contains(TEACHER_CONCEPT, UNAVAILABLE_CONCEPT);
  }
}
