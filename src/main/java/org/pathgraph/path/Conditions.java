package org.pathgraph.path;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The transition rule: a transition whose condition is absent or {@code "true"} always applies;
 * otherwise its condition is a JSONPath expression evaluated against {@code {"submission":
 * returnValue}} and applies when it selects at least one value. The first applicable non-default
 * transition wins, else the default one. A malformed condition never applies.
 */
final class Conditions {

  private static final Configuration JSONPATH =
      Configuration.builder()
          .options(Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS)
          .build();

  private Conditions() {}

  /** The transition to follow given what the learner submitted, or null when none applies. */
  static PathNode.Transition choose(List<PathNode.Transition> transitions, Object returnValue) {
    for (PathNode.Transition t : transitions) {
      if (!t.isDefault() && applies(t.condition(), returnValue)) {
        return t;
      }
    }
    return transitions.stream().filter(PathNode.Transition::isDefault).findFirst().orElse(null);
  }

  /** Whether {@code condition} holds for {@code returnValue}. */
  static boolean applies(String condition, Object returnValue) {
    if (condition == null || condition.isBlank() || condition.strip().equals("true")) {
      return true;
    }
    try {
      Object selected =
          JsonPath.using(JSONPATH)
              .parse(java.util.Collections.singletonMap("submission", returnValue))
              .read(condition.strip());
      if (selected instanceof Collection<?> c) {
        return c.stream().anyMatch(v -> v != null);
      }
      return selected != null && !(selected instanceof Map<?, ?> m && m.isEmpty());
    } catch (RuntimeException malformed) {
      // The import reports malformed conditions; here they simply never apply.
      return false;
    }
  }
}
