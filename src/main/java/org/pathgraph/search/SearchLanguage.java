package org.pathgraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.pathgraph.api.Role;

/**
 * The full-text indexes of {@code cypher/schema/004-fulltext.cypher}, one per analyzer: which label
 * the import gives an object or path of a language, which index a search in that language asks, and
 * the Lucene analyzer of that index (the one Neo4j builds for the analyzer's name: Neo4j's
 * providers are Lucene's analyzers with their defaults, and the embedded Neo4j brings this Lucene),
 * used here to parse queries and mark the matched words in snippets exactly as the index sees them.
 */
public enum SearchLanguage {
  NL("nl", "dutch", new DutchAnalyzer()),
  EN("en", "english", new EnglishAnalyzer()),
  FR("fr", "french", new FrenchAnalyzer()),
  OTHER(null, "standard-no-stop-words", new StandardAnalyzer(CharArraySet.EMPTY_SET));

  private final String code;
  private final String analyzerName;
  private final Analyzer analyzer;

  SearchLanguage(String code, String analyzerName, Analyzer analyzer) {
    this.code = code;
    this.analyzerName = analyzerName;
    this.analyzer = analyzer;
  }

  /** The index of a language code; languages without an analyzer of their own share OTHER. */
  public static SearchLanguage of(String language) {
    return Arrays.stream(values())
        .filter(l -> l.code != null && l.code.equals(language))
        .findFirst()
        .orElse(OTHER);
  }

  /**
   * The labels the import gives an object of this language: {@code SearchNl} for every object (the
   * admins' index), {@code SearchNlTeacher} when teachers may see it, {@code SearchNlLearner} when
   * learners may. Each audience searches an index of only what it may see, so a score, which Lucene
   * weighs by how many indexed objects hold each word, tells nothing of hidden objects. The
   * conditions are those of {@code cypher/fragments/visible.cypher}, which the search applies too.
   */
  public List<String> objectLabels(boolean teacherExclusive, boolean available) {
    String base = "Search" + suffix();
    List<String> labels = new java.util.ArrayList<>(List.of(base));
    if (available) {
      labels.add(base + "Teacher");
      if (!teacherExclusive) {
        labels.add(base + "Learner");
      }
    }
    return labels;
  }

  /** The label the import gives paths of this language ({@code SearchPathNl}). */
  public String pathLabel() {
    return "SearchPath" + suffix();
  }

  /** The full-text index over the objects of this language that {@code role} may see. */
  String objectIndex(Role role) {
    String index = "search_objects_" + name().toLowerCase(Locale.ROOT);
    return switch (role) {
      case ADMIN -> index;
      case TEACHER -> index + "_teacher";
      case ANONYMOUS -> index + "_learner";
    };
  }

  /** The full-text index over paths of this language. */
  String pathIndex() {
    return "search_paths_" + name().toLowerCase(Locale.ROOT);
  }

  /** Neo4j's name of the index's analyzer. */
  String analyzerName() {
    return analyzerName;
  }

  /** The index's analyzer (thread-safe). */
  Analyzer analyzer() {
    return analyzer;
  }

  /** Every object index that {@code role} searches, for a search in all languages. */
  static List<String> allObjectIndexes(Role role) {
    return Arrays.stream(values()).map(l -> l.objectIndex(role)).toList();
  }

  /** Every path index. */
  static List<String> allPathIndexes() {
    return Arrays.stream(values()).map(SearchLanguage::pathIndex).toList();
  }

  private String suffix() {
    String n = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
