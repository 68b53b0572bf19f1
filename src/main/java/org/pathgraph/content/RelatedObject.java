package org.pathgraph.content;

import java.util.List;

/** An object related to another, as the GraphQL type {@code RelatedObject} shows it. */
record RelatedObject(LearningObject object, double score, List<String> reasons) {

  /**
   * The weights of the relatedness score; a shared concept weighs its rarity, ln(N / df), so two
   * objects sharing a concept few objects have are closer than two sharing a common one.
   */
  static final double GOAL_WEIGHT = 1.5;

  static final double KEYWORD_WEIGHT = 0.5;
  static final double PATH_WEIGHT = 2.0;
  static final double LINK_WEIGHT = 3.0;

  /** The weight of a shared concept that {@code df} of {@code total} objects are about. */
  static double conceptWeight(long total, long df) {
    return Math.log((double) total / df);
  }

  /** The weight of sharing a path where the two nodes are {@code distance} positions apart. */
  static double pathWeight(int distance) {
    return PATH_WEIGHT / distance;
  }
}
