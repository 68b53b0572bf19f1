package org.pathgraph.path;

import com.jayway.jsonpath.DocumentContext;
import io.micrometer.core.instrument.Counter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.api.LimitExceededException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transition conditions of one request, bounded. A condition reads the whole returnValue (a
 * {@code $..*} walks all of it), so one request could hold a worker for as long as the cost of
 * every condition of every node times every alias; here each distinct returnValue is written as
 * JSON and made a JsonPath document once, each condition is evaluated once per distinct
 * returnValue, and each evaluation spends the returnValue's JSON size from the request's {@code
 * pathgraph.limits.condition-budget}. An evaluation past the budget fails its field with a
 * BAD_REQUEST naming the setting; a condition's answer is never guessed.
 */
final class ConditionRun {

  private final long budget;
  private final JsonMapper json;
  private final Counter evaluations;
  private final Map<Object, Submission> byIdentity = new IdentityHashMap<>();
  private final Map<String, Submission> byJson = new HashMap<>();
  private long spent;

  /**
   * @param evaluations counts the conditions evaluated (null: not counted)
   */
  ConditionRun(long budget, JsonMapper json, Counter evaluations) {
    this.budget = budget;
    this.json = json;
    this.evaluations = evaluations;
  }

  /** A distinct returnValue: its document, its JSON size and the conditions answered for it. */
  private record Submission(DocumentContext document, long bytes, Map<String, Boolean> answers) {}

  /** The transition to follow given what the learner submitted, or null when none applies. */
  synchronized PathNode.Transition choose(
      List<PathNode.Transition> transitions, Object returnValue) {
    Submission[] submission = {null};
    return Conditions.choose(
        transitions,
        condition -> {
          if (submission[0] == null) {
            submission[0] = submission(returnValue);
          }
          return holds(condition, submission[0]);
        });
  }

  private Submission submission(Object returnValue) {
    Submission known = byIdentity.get(returnValue);
    if (known != null) {
      return known;
    }
    // Equal values from different literals or variables are one submission.
    String text = json.writeValueAsString(returnValue);
    Submission submission =
        byJson.computeIfAbsent(
            text,
            t ->
                new Submission(
                    Conditions.submission(returnValue),
                    Math.max(1, t.getBytes(StandardCharsets.UTF_8).length),
                    new HashMap<>()));
    byIdentity.put(returnValue, submission);
    return submission;
  }

  private boolean holds(String condition, Submission submission) {
    String key = condition.strip();
    Boolean known = submission.answers().get(key);
    if (known != null) {
      return known;
    }
    if (spent + submission.bytes() > budget) {
      throw new LimitExceededException(
          ("the transition conditions of this request would read more than %,d bytes of"
                  + " returnValue JSON, the budget of a request (each condition evaluated reads its"
                  + " returnValue, here %,d bytes); send fewer or smaller returnValues")
              .formatted(budget, submission.bytes()),
          "condition-budget",
          budget);
    }
    spent += submission.bytes();
    if (evaluations != null) {
      evaluations.increment();
    }
    boolean applies = Conditions.selects(key, submission.document());
    submission.answers().put(key, applies);
    return applies;
  }
}
