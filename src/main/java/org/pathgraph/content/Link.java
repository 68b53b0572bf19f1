package org.pathgraph.content;

import org.neo4j.driver.Value;

/** A reference from one object's content, as the GraphQL type {@code Link} shows it. */
public record Link(String kind, String target, String fragment, boolean resolved, String source) {

  /** From a link's map projection ({@code resolved} false when absent). */
  public static Link from(Value m) {
    return new Link(
        m.get("kind").asString(null),
        m.get("target").asString(null),
        m.get("fragment").asString(null),
        m.get("resolved").asBoolean(false),
        m.get("source").asString(null));
  }

  /** True for a link to a path. */
  public boolean toPath() {
    return "PATH_LINK".equals(kind);
  }
}
