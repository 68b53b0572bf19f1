package org.pathgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.AccessProbe;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.HostileContextTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every field of the schema, scalars included, generated from the schema and asked anonymously on
 * the hostile tree: no word of a quiz's answers or feedback and no name of a teacher-only or
 * unavailable object, or of a goal or concept only they have, comes back through any field path.
 * Teachers asking the same get the answers, which proves the probe reaches them.
 */
class HiddenContentProbeTests extends HostileContextTests {

  /** Words only teachers (or admins) may read on the hostile tree. */
  private static final List<String> HIDDEN =
      List.of(
          "FEEDBACK",
          "SHORTSECRET",
          "3.14159",
          "METAFILESECRET",
          "BROKENANSWER",
          "child_secret",
          "child_gone",
          "rel_h1",
          "rel_h2",
          "only-teacher",
          "only-unavailable",
          "SecretSource",
          "GoneSource",
          "Teacher notes");

  /** Root fields refused to anyone but admins. */
  private static final java.util.Set<String> ADMIN_ONLY = java.util.Set.of("importReport");

  @Autowired GraphQlSource graphQl;

  private Map<String, String> probes() {
    return AccessProbe.everyField(
            graphQl.schema(),
            Map.of(
                "hruid", "\"quiz_all\"",
                "language", "\"en\"",
                "uri", "\"http://example.org/concept/only-teacher\"",
                "source", "\"SecretSource\"",
                "id", "\"hidden-1\"",
                "query", "\"quiz OR object OR hidden\"",
                "label", "\"e\"",
                "scheme", "\"http://example.org/scheme\""))
        .queries();
  }

  @Test
  void noFieldPathShowsALearnerWhatIsHiddenFromThem() {
    List<String> leaks = new ArrayList<>();
    boolean quizReached = false;
    for (var probe : probes().entrySet()) {
      GraphQlHttp.Response r = anonymous().post(probe.getValue());
      if (ADMIN_ONLY.contains(probe.getKey())) {
        assertThat(r.body())
            .contains("UNAUTHORIZED")
            .doesNotContain("\"data\":{\"" + probe.getKey() + "\":{");
        continue;
      }
      assertThat(r.status()).as(probe.getKey() + ": " + r.body()).isEqualTo(200);
      assertThat(r.body()).as(probe.getKey()).doesNotContain("\"errors\"");
      for (String word : HIDDEN) {
        if (r.body().contains(word)) {
          leaks.add(probe.getKey() + ": " + word);
        }
      }
      quizReached |= r.body().contains("SOLUTIONBLUE");
    }
    assertThat(leaks).isEmpty();
    assertThat(quizReached).as("the probe reaches the quiz's choices").isTrue();
  }

  @Test
  void aTeacherAskingTheSameGetsTheAnswers() {
    StringBuilder all = new StringBuilder();
    for (var probe : probes().entrySet()) {
      String body = teacher().post(probe.getValue()).body();
      System.out.println(
          "PROBE "
              + probe.getKey()
              + " "
              + body.length()
              + " "
              + body.substring(0, Math.min(300, body.length())));
      all.append(body);
    }
    assertThat(all.toString()).contains("FEEDBACK", "SHORTSECRET", "child_secret", "only-teacher");
  }
}
