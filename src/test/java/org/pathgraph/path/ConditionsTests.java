package org.pathgraph.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTests {

  private static PathNode.Transition transition(String condition, boolean isDefault, String to) {
    return new PathNode.Transition(
        condition, isDefault, new ObjectRef(to, "nl", 1), to, true, new PathNodes());
  }

  @Test
  void absentOrTrueConditionsAlwaysApply() {
    assertThat(Conditions.applies(null, Map.of())).isTrue();
    assertThat(Conditions.applies("true", null)).isTrue();
    assertThat(Conditions.applies("  ", Map.of("score", 1))).isTrue();
  }

  @Test
  void aJsonPathConditionAppliesWhenItSelectsSomething() {
    String passed = "$.submission[?(@.score >= 5)]";
    assertThat(Conditions.applies(passed, Map.of("score", 7))).isTrue();
    assertThat(Conditions.applies(passed, Map.of("score", 3))).isFalse();
    assertThat(Conditions.applies("$.submission.answer", Map.of("answer", "b"))).isTrue();
    assertThat(Conditions.applies("$.submission.answer", Map.of("other", "b"))).isFalse();
    assertThat(Conditions.applies("$.submission[?(@ == 'b')]", List.of("a", "b"))).isTrue();
  }

  @Test
  void aMalformedConditionNeverApplies() {
    assertThat(Conditions.applies("$.submission[?(@.score >=", Map.of("score", 7))).isFalse();
    assertThat(Conditions.applies("score > 5", Map.of("score", 7))).isFalse();
  }

  @Test
  void theFirstApplicableNonDefaultTransitionWinsElseTheDefault() {
    var high = transition("$.submission[?(@.score >= 8)]", false, "high");
    var mid = transition("$.submission[?(@.score >= 5)]", false, "mid");
    var fallback = transition(null, true, "fallback");
    List<PathNode.Transition> all = List.of(fallback, high, mid);
    assertThat(Conditions.choose(all, Map.of("score", 9))).isSameAs(high);
    assertThat(Conditions.choose(all, Map.of("score", 6))).isSameAs(mid);
    assertThat(Conditions.choose(all, Map.of("score", 1))).isSameAs(fallback);
    assertThat(Conditions.choose(List.of(high), Map.of("score", 1))).isNull();
  }

  @Test
  void aRequestEvaluatesEachConditionOncePerDistinctReturnValueWithinItsBudget() {
    var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    var counter = meters.counter("evaluated");
    // {"score":7} is 11 bytes: a budget of 30 buys two evaluations.
    var run =
        new ConditionRun(30, tools.jackson.databind.json.JsonMapper.builder().build(), counter);
    var deep = transition("$..*", false, "deep");
    var fallback = transition(null, true, "fallback");
    List<PathNode.Transition> all = List.of(deep, fallback);
    for (int i = 0; i < 10; i++) {
      // Equal values, as separate literals would give them: one evaluation.
      assertThat(run.choose(all, new java.util.HashMap<>(Map.of("score", 7)))).isSameAs(deep);
    }
    assertThat(counter.count()).isEqualTo(1);
    assertThat(run.choose(all, Map.of("score", 8))).isSameAs(deep);
    assertThat(counter.count()).isEqualTo(2);
    assertThatThrownBy(() -> run.choose(all, Map.of("score", 9)))
        .isInstanceOf(org.pathgraph.api.LimitExceededException.class)
        .hasMessageContaining("more than 30 bytes")
        .hasMessageContaining("(pathgraph.limits.condition-budget)");
    assertThat(counter.count()).isEqualTo(2);
    // What was answered before stays answered.
    assertThat(run.choose(all, Map.of("score", 7))).isSameAs(deep);
  }
}
