package org.pathgraph.concept;

import java.util.Map;

/** An educational goal as the GraphQL type {@code EducationalGoal} shows it. */
public record EducationalGoal(String key, String source, String id) {

  /** From the property map a Cypher {@code g {.*}} projection returns. */
  public static EducationalGoal from(Map<String, Object> g) {
    return new EducationalGoal(
        (String) g.get("key"), (String) g.get("source"), (String) g.get("id"));
  }
}
