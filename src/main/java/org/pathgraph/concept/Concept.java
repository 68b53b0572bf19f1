package org.pathgraph.concept;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.pathgraph.content.ObjectConcept;

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

  /** From a concept's node or map projection (the properties {@link ObjectConcept} reads). */
  public static Concept from(Value c) {
    return of(ObjectConcept.from(c));
  }

  /** A concept known by its URI only (what an object's URI list gives). */
  public static Concept bare(String uri) {
    return new Concept(uri, Map.of(), Map.of(), null, false);
  }

  /** The schema's concept from the form objects' rows carry. */
  public static Concept of(ObjectConcept c) {
    Map<String, List<String>> alt = new TreeMap<>();
    for (int i = 0; i < Math.min(c.altLabelLanguages().size(), c.altLabelTexts().size()); i++) {
      alt.computeIfAbsent(c.altLabelLanguages().get(i), k -> new ArrayList<>())
          .add(c.altLabelTexts().get(i));
    }
    return new Concept(
        c.uri(),
        zip(c.prefLabelLanguages(), c.prefLabelTexts()),
        alt,
        c.notation(),
        c.fromVocabulary());
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

  static List<String> strings(Value value) {
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }
}
