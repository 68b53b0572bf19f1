package org.pathgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.AccessProbe;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every field path of the schema that can reach a learning object, generated from the schema, asked
 * anonymously: no teacher-only object and no link to one ever comes back. A teacher asking the same
 * sees them, which proves the probe reaches them.
 */
class TeacherOnlyAccessTests extends DemoContextTests {

  /** The demo's teacher-only objects. */
  private static final Set<String> TEACHER_ONLY =
      Set.of("un_ai4/nl/3", "un_ai4/en/3", "dl_leerkracht/nl/1", "dl_leerkracht/en/1");

  @Autowired GraphQlSource graphQl;

  private Map<String, String> probes() {
    return new AccessProbe(
            graphQl.schema(),
            Map.of(
                "hruid", "\"un_ai4\"",
                "language", "\"nl\"",
                "uri", "\"http://ilearn.ilabt.imec.be/vocab/curr1/s-computers-en-systemen\"",
                "source", "\"Source\"",
                "id", "\"id\"",
                "query", "\"deep learning\"",
                "label", "\"computers\"",
                "scheme", "\"http://ilearn.ilabt.imec.be/vocab/curr1\""))
        .queries();
  }

  @Test
  void theProbeCoversTheRootFieldsThatReachObjects() {
    assertThat(probes().keySet())
        .contains(
            "learningObject",
            "learningObjects",
            "learningPath",
            "learningPaths",
            "concept",
            "concepts",
            "educationalGoal",
            "educationalGoals",
            "conceptSchemes",
            "topConcepts",
            "conceptLookup",
            "search",
            "searchPaths");
  }

  @Test
  void anonymousRequestsNeverSeeATeacherOnlyObjectThroughAnyFieldPath() {
    List<String> leaks = new ArrayList<>();
    for (var probe : probes().entrySet()) {
      var r = anonymous().post(probe.getValue());
      assertThat(r.body()).as(probe.getKey()).doesNotContain("INTERNAL_ERROR");
      List<Boolean> flags = JsonPath.parse(r.body()).read("$..teacherExclusive");
      if (flags.contains(Boolean.TRUE)) {
        leaks.add(probe.getKey() + ": a teacher-only object");
      }
      List<Object> targets = JsonPath.parse(r.body()).read("$..target");
      for (Object target : targets) {
        if (target instanceof String key && TEACHER_ONLY.contains(key)) {
          leaks.add(probe.getKey() + ": a link to " + key);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void aTeacherAskingTheSameSeesThem() {
    boolean seen = false;
    for (var probe : probes().values()) {
      var r = anonymous().withToken(Tokens4Tests.teacher()).post(probe);
      List<Boolean> flags = JsonPath.parse(r.body()).read("$..teacherExclusive");
      seen |= flags.contains(Boolean.TRUE);
    }
    assertThat(seen).isTrue();
  }
}
