package org.pathgraph.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.pathgraph.api.ImportProblem;

/**
 * The SKOS concepts and schemes of every vocabulary file, merged and normalised: broader and
 * narrower become one broader set per concept, related is symmetric, topConceptOf and hasTopConcept
 * are one set per concept. Everything is sorted, so equal vocabularies hash equal.
 *
 * @param files the vocabulary files read (display paths), malformed ones included
 * @param loaded how many of them parsed
 */
public record Vocabulary(
    List<String> files,
    int loaded,
    SortedMap<String, Entry> concepts,
    SortedMap<String, Scheme> schemes,
    List<ImportProblem> problems) {

  /** No vocabulary: nothing configured. */
  static Vocabulary none() {
    return new Vocabulary(
        List.of(), 0, new java.util.TreeMap<>(), new java.util.TreeMap<>(), List.of());
  }

  /**
   * True when at least one vocabulary file parsed: only then is an unknown concept worth a word.
   */
  public boolean present() {
    return loaded > 0;
  }

  /**
   * One concept. Labels are keyed by language tag ({@code ""} for a label without one); with
   * several prefLabels in one language (a SKOS integrity violation) the smallest wins.
   */
  public record Entry(
      String uri,
      SortedMap<String, String> prefLabels,
      SortedMap<String, List<String>> altLabels,
      String notation,
      SortedSet<String> schemes,
      SortedSet<String> broader,
      SortedSet<String> related,
      SortedSet<String> topConceptOf) {

    /** A digest of everything the graph stores for this concept. */
    public String hash() {
      return sha256(
          uri
              + '\n'
              + prefLabels
              + '\n'
              + altLabels
              + '\n'
              + notation
              + '\n'
              + schemes
              + '\n'
              + broader
              + '\n'
              + related
              + '\n'
              + topConceptOf);
    }
  }

  /** One concept scheme with its titles by language. */
  public record Scheme(String uri, SortedMap<String, String> titles) {

    public String hash() {
      return sha256(uri + '\n' + titles);
    }
  }

  /** The labels of {@code labels} as two parallel lists, which Neo4j properties can hold. */
  static Map<String, List<String>> columns(Map<String, String> labels) {
    return Map.of("languages", List.copyOf(labels.keySet()), "texts", List.copyOf(labels.values()));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
