package org.pathgraph.path;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
    DocumentContext[] submission = {null};
    return choose(
        transitions,
        condition -> {
          if (submission[0] == null) {
            submission[0] = submission(returnValue);
          }
          return selects(condition, submission[0]);
        });
  }

  /**
   * The transition to follow when {@code holds} says which non-trivial conditions apply, or null;
   * {@code holds} is asked in transition order and only until one applies.
   */
  static PathNode.Transition choose(
      List<PathNode.Transition> transitions, Predicate<String> holds) {
    for (PathNode.Transition t : transitions) {
      if (!t.isDefault() && (always(t.condition()) || holds.test(t.condition()))) {
        return t;
      }
    }
    return transitions.stream().filter(PathNode.Transition::isDefault).findFirst().orElse(null);
  }

  /** Whether {@code condition} holds for {@code returnValue}. */
  static boolean applies(String condition, Object returnValue) {
    return always(condition) || selects(condition, submission(returnValue));
  }

  /** Whether {@code condition} applies whatever was submitted: absent, blank or "true". */
  static boolean always(String condition) {
    return condition == null || condition.isBlank() || condition.strip().equals("true");
  }

  /** {@code {"submission": returnValue}} as a document conditions are evaluated against. */
  static DocumentContext submission(Object returnValue) {
    return JsonPath.using(JSONPATH)
        .parse(java.util.Collections.singletonMap("submission", returnValue));
  }

  /** Whether the non-trivial {@code condition} selects a value in {@code submission}. */
  static boolean selects(String condition, DocumentContext submission) {
    try {
      Object selected = submission.read(condition.strip());
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
