package org.pathgraph.concept;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SKOS concept as the GraphQL type {@code Concept} shows it: its labels by language ({@code ""}
 * for a label without a language tag) travel with it, so label fields cost no query.
 */
public record Concept(
    String uri,
    Map<String, String> prefLabels,
    Map<String, List<String>> altLabels,
    String notation,
    boolean inVocabulary) {

  /** The languages tried when a request names none. */
  public static final List<String> DEFAULT_LANGUAGES = List.of("en", "nl");

  /** From the property map a Cypher {@code c {.*}} projection returns. */
  public static Concept from(Map<String, Object> c) {
    Map<String, List<String>> alt = new TreeMap<>();
    List<String> altLanguages = strings(c.get("altLabelLanguages"));
    List<String> altTexts = strings(c.get("altLabelTexts"));
    for (int i = 0; i < Math.min(altLanguages.size(), altTexts.size()); i++) {
      alt.computeIfAbsent(altLanguages.get(i), k -> new ArrayList<>()).add(altTexts.get(i));
    }
    return new Concept(
        (String) c.get("uri"),
        zip(strings(c.get("prefLabelLanguages")), strings(c.get("prefLabelTexts"))),
        alt,
        (String) c.get("notation"),
        Boolean.TRUE.equals(c.get("fromVocabulary")));
  }

  /** The label for the first of {@code languages} that has one, else any label, else the URI. */
  public String prefLabel(List<String> languages) {
    return pick(prefLabels, languages, uri);
  }

  /**
   * The fallback chain shared by concepts and schemes: the label of the first language in {@code
   * languages} (default {@link #DEFAULT_LANGUAGES}) that has one, then the label of the smallest
   * language tag, then {@code fallback}. Language tags compare case-insensitively.
   */
  public static String pick(Map<String, String> labels, List<String> languages, String fallback) {
    List<String> chain = languages == null || languages.isEmpty() ? DEFAULT_LANGUAGES : languages;
    for (String language : chain) {
      String label = labels.get(language.toLowerCase(java.util.Locale.ROOT));
      if (label != null) {
        return label;
      }
    }
    return labels.isEmpty() ? fallback : new TreeMap<>(labels).firstEntry().getValue();
  }

  /** Parallel language and text lists (how Neo4j properties hold labels) as one map. */
  static Map<String, String> zip(List<String> languages, List<String> texts) {
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(languages.size(), texts.size()); i++) {
      result.put(languages.get(i), texts.get(i));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object value) {
    return value instanceof List<?> list ? (List<String>) list : List.of();
  }
}
