package org.pathgraph.path;

import java.util.Map;

/** A learning path as the GraphQL type {@code LearningPath} shows it (derived fields aside). */
public record LearningPath(
    String key,
    String hruid,
    String language,
    String title,
    String description,
    String sourceFile,
    boolean hasImage) {

  /** From the property map a Cypher {@code p {.*}} projection returns. */
  public static LearningPath from(org.neo4j.driver.Value node) {
    return from(node.asMap());
  }

  static LearningPath from(Map<String, Object> p) {
    return new LearningPath(
        (String) p.get("key"),
        (String) p.get("hruid"),
        (String) p.get("language"),
        (String) p.get("title"),
        (String) p.get("description"),
        (String) p.get("sourceFile"),
        Boolean.TRUE.equals(p.get("hasImage")));
  }
}
