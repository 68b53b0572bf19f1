package org.pathgraph.neo4j;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Conversions from the plain values the driver returns to the types of the GraphQL records. */
public final class Values {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Values() {}

  /** A number as an int. */
  public static int integer(Object value) {
    return ((Number) value).intValue();
  }

  /** A number as an Integer, or null. */
  public static Integer integerOrNull(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /** A list of strings, empty for null. */
  public static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }

  /** A list of numbers as Integers, empty for null. */
  public static List<Integer> integers(Object value) {
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(v -> ((Number) v).intValue()).toList();
  }

  /** JSON text parsed into maps and lists, or null. */
  public static Object json(String text) {
    return text == null ? null : JSON.readValue(text, Object.class);
  }
}
