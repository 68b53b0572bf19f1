package org.pathgraph.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed reading of the optional front-matter fields: a value of the wrong type or out of range is
 * dropped or normalised with a WARNING, never a reason to reject the object.
 */
final class FrontMatterFields {

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[(.*)\\]\\((.*)\\)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Items a list field may have; a real object has a handful of keywords, ages or goals. */
  static final int MAX_ITEMS = 200;

  private final Map<String, Object> values;
  private final FileProblems problems;

  FrontMatterFields(Map<String, Object> values, FileProblems problems) {
    this.values = values;
    this.problems = problems;
  }

  /** A text field; a number or boolean is taken as its text with a warning. */
  String text(String key, boolean expected) {
    Object value = values.get(key);
    if (value == null || value instanceof String s && s.isBlank()) {
      if (expected) {
        problems.warn("MISSING_FIELD", key, "'" + key + "' is missing or empty");
      }
      return null;
    }
    if (value instanceof String s) {
      return s.strip();
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      problems.warn("BAD_TYPE", key, "'" + key + "' must be a text, got " + Values.describe(value));
      return null;
    }
    problems.warn(
        "BAD_TYPE",
        key,
        "'" + key + "' should be a text, got " + Values.describe(value) + ": read as text");
    return String.valueOf(value).strip();
  }

  /** A list of non-blank texts; a single text becomes a one-item list, with a warning. */
  List<String> texts(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    List<?> items;
    if (value instanceof List<?> list) {
      items = list;
    } else if (value instanceof String s) {
      problems.warn(
          "BAD_TYPE",
          key,
          "'" + key + "' should be a list, got " + Values.describe(s) + ": read as one item");
      items = List.of(s);
    } else {
      problems.warn(
          "BAD_TYPE", key, "'" + key + "' must be a list of texts, got " + Values.describe(value));
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Object item : capped(key, items)) {
      if (item == null || item instanceof List<?> || item instanceof Map<?, ?>) {
        problems.warn(
            "BAD_TYPE",
            key,
            "'" + key + "' items must be texts, got " + Values.describe(item) + ": dropped");
      } else if (!String.valueOf(item).isBlank()) {
        result.add(String.valueOf(item).strip());
      }
    }
    return result;
  }

  /** An integer within [min, max], else null with a warning. */
  Integer integer(String key, int min, int max) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    Integer number = Values.asInteger(value);
    if (number == null) {
      problems.warn(
          "BAD_TYPE", key, "'" + key + "' must be an integer, got " + Values.describe(value));
      return null;
    }
    if (number < min || number > max) {
      problems.warn(
          "OUT_OF_RANGE",
          key,
          "'" + key + "' must be between " + min + " and " + max + ", got " + number);
      return null;
    }
    return number;
  }

  /** A boolean; the texts "true" and "false" are accepted with a warning. */
  boolean bool(String key, boolean absent) {
    Object value = values.get(key);
    if (value == null) {
      return absent;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s
        && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
      problems.warn(
          "BAD_TYPE",
          key,
          "'" + key + "' should be true or false, got the text " + Values.describe(value));
      return Boolean.parseBoolean(s.strip());
    }
    problems.warn(
        "BAD_TYPE",
        key,
        "'"
            + key
            + "' must be true or false, got "
            + Values.describe(value)
            + ": "
            + absent
            + " used");
    return absent;
  }

  /** Target ages: integers from 0 to 150; anything else is dropped with a warning. */
  List<Integer> ages(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problems.warn(
          "BAD_TYPE",
          key,
          "'" + key + "' must be a list of ages, got " + Values.describe(value) + ": ignored");
      return List.of();
    }
    List<Integer> ages = new ArrayList<>();
    for (Object item : capped(key, list)) {
      Integer age = Values.asInteger(item);
      if (age == null) {
        problems.warn(
            "BAD_TYPE",
            key,
            "'" + key + "' items must be integers, got " + Values.describe(item) + ": dropped");
      } else if (age < 0 || age > 150) {
        problems.warn(
            "OUT_OF_RANGE",
            key,
            "'" + key + "' items must be between 0 and 150, got " + age + ": dropped");
      } else {
        ages.add(age);
      }
    }
    return ages;
  }

  /** SKOS concept URIs, trimmed and distinct; a markdown link {@code [uri](uri)} is unwrapped. */
  List<String> concepts(String key) {
    Set<String> concepts = new LinkedHashSet<>();
    for (String concept : texts(key)) {
      Matcher link = MARKDOWN_LINK.matcher(concept);
      if (link.matches()) {
        String uri = link.group(2).strip();
        problems.warn(
            "CONCEPT_AS_LINK",
            key,
            "concept "
                + Values.describe(concept)
                + " is written as a markdown link: read as "
                + Values.describe(uri));
        concept = uri;
      }
      if (!concept.isEmpty()) {
        concepts.add(concept);
      }
    }
    return List.copyOf(concepts);
  }

  /** Educational goals: mappings with a non-blank {@code source} and {@code id}. */
  List<GoalRef> goals(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      problems.warn(
          "BAD_TYPE",
          key,
          "'" + key + "' must be a list of {source, id}, got " + Values.describe(value));
      return List.of();
    }
    Set<GoalRef> goals = new LinkedHashSet<>();
    for (Object item : capped(key, list)) {
      Object source = item instanceof Map<?, ?> map ? map.get("source") : null;
      Object id = item instanceof Map<?, ?> map ? map.get("id") : null;
      if (isScalar(source) && isScalar(id)) {
        goals.add(new GoalRef(String.valueOf(source).strip(), String.valueOf(id).strip()));
      } else {
        problems.warn(
            "BAD_VALUE",
            key,
            "'"
                + key
                + "' items need a 'source' and an 'id', got "
                + Values.describe(item)
                + ": dropped");
      }
    }
    return List.copyOf(goals);
  }

  /** The return value mapping as JSON text; it should name a callback URL and schema. */
  String returnValue(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problems.warn(
          "BAD_TYPE",
          key,
          "'"
              + key
              + "' must be a mapping with callback_url and callback_schema, got "
              + Values.describe(value));
      return null;
    }
    if (!isScalar(map.get("callback_url"))) {
      problems.warn("BAD_VALUE", key, "'" + key + "' has no 'callback_url'");
    }
    if (!(map.get("callback_schema") instanceof Map<?, ?>)) {
      problems.warn("BAD_VALUE", key, "'" + key + "' has no 'callback_schema' mapping");
    }
    try {
      return JSON.writeValueAsString(map);
    } catch (JacksonException e) {
      problems.warn("BAD_VALUE", key, "'" + key + "' cannot be written as JSON: dropped");
      return null;
    }
  }

  /** The first {@link #MAX_ITEMS} items of a list, with a warning when there were more. */
  private List<?> capped(String key, List<?> items) {
    if (items.size() <= MAX_ITEMS) {
      return items;
    }
    problems.warn(
        "TOO_MANY_ITEMS",
        key,
        "'" + key + "' has " + items.size() + " items: only the first " + MAX_ITEMS + " are read");
    return items.subList(0, MAX_ITEMS);
  }

  private static boolean isScalar(Object value) {
    return value != null
        && !(value instanceof List<?>)
        && !(value instanceof Map<?, ?>)
        && !String.valueOf(value).isBlank();
  }
}
