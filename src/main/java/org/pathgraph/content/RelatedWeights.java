package org.pathgraph.content;

import java.util.Map;

/**
 * The weights of the relatedness score ({@code content/related-objects.cypher} takes them as
 * parameters). A shared concept weighs its rarity, ln(N / df), so two objects sharing a concept few
 * objects have are closer than two sharing a common one; the other signals weigh what is here.
 * Public for the bench, which runs the same statement as its floor with the same weights.
 */
public final class RelatedWeights {

  static final double GOAL = 1.5;
  static final double KEYWORD = 0.5;
  static final double PATH = 2.0;
  static final double LINK = 3.0;

  private RelatedWeights() {}

  /** The statement's weight parameters. */
  public static Map<String, Object> parameters() {
    return Map.of(
        "goalWeight", GOAL, "keywordWeight", KEYWORD, "pathWeight", PATH, "linkWeight", LINK);
  }
}
