package org.pathgraph.path;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * A path's derived figures over the objects the caller may see ({@code path/stats-of-paths}): ages,
 * total time, keywords (first occurrence first), and the languages the path exists in.
 */
record PathStats(
    Integer minAge,
    Integer maxAge,
    Integer totalEstimatedTime,
    List<String> keywords,
    List<String> languages) {

  static final PathStats NONE = new PathStats(null, null, null, List.of(), List.of());

  static PathStats from(Value s) {
    return new PathStats(
        integer(s.get("minAge")),
        integer(s.get("maxAge")),
        integer(s.get("totalEstimatedTime")),
        s.get("keywords").isNull() ? List.of() : s.get("keywords").asList(Value::asString),
        s.get("languages").isNull() ? List.of() : s.get("languages").asList(Value::asString));
  }

  private static Integer integer(Value v) {
    return v.isNull() ? null : v.asInt();
  }
}
