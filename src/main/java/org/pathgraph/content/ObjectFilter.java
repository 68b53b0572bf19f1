package org.pathgraph.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.api.BadRequestException;

/**
 * A {@code LearningObjectFilter} as the parameters of {@code cypher/fragments/filter.cypher}: every
 * statement taking a filter includes that fragment and gets its parameters from here.
 */
public final class ObjectFilter {

  private static final List<String> FIELDS =
      List.of(
          "language",
          "contentType",
          "concept",
          "targetAge",
          "minDifficulty",
          "maxDifficulty",
          "minEstimatedTime",
          "maxEstimatedTime",
          "keyword",
          "teacherExclusive",
          "available");

  private ObjectFilter() {}

  /** The statement parameters for a filter argument (null: none); every one present, maybe null. */
  public static Map<String, Object> parameters(Map<String, Object> filter) {
    Map<String, Object> f = filter == null ? Map.of() : filter;
    Map<String, Object> params = new HashMap<>();
    for (String name : FIELDS) {
      params.put(name, f.get(name));
    }
    checkRange(params, "minDifficulty", "maxDifficulty");
    checkRange(params, "minEstimatedTime", "maxEstimatedTime");
    Object goal = f.get("educationalGoal");
    params.put("goalKey", goal instanceof Map<?, ?> g ? g.get("source") + "|" + g.get("id") : null);
    return params;
  }

  private static void checkRange(Map<String, Object> params, String min, String max) {
    if (params.get(min) instanceof Integer lo && params.get(max) instanceof Integer hi && lo > hi) {
      throw new BadRequestException(
          "filter." + min + " (" + lo + ") is greater than filter." + max + " (" + hi + ")");
    }
  }
}
