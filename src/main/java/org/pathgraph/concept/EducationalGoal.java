package org.pathgraph.concept;

import org.neo4j.driver.Value;

/** An educational goal as the GraphQL type {@code EducationalGoal} shows it. */
public record EducationalGoal(String key, String source, String id) {

  /** From the property map a Cypher {@code g {.*}} projection returns. */
  static EducationalGoal from(Value g) {
    return new EducationalGoal(
        g.get("key").asString(null), g.get("source").asString(null), g.get("id").asString(null));
  }
}
