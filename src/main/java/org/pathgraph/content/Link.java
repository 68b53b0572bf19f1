package org.pathgraph.content;

import java.util.Map;

/** A reference from one object's content, as the GraphQL type {@code Link} shows it. */
public record Link(String kind, String target, String fragment, boolean resolved, String source) {

  static Link from(Map<String, Object> m) {
    return new Link(
        (String) m.get("kind"),
        (String) m.get("target"),
        (String) m.get("fragment"),
        Boolean.TRUE.equals(m.get("resolved")),
        (String) m.get("source"));
  }

  /** True for a link to a path. */
  public boolean toPath() {
    return "PATH_LINK".equals(kind);
  }
}
