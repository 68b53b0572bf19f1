package org.pathgraph.path;

import java.util.List;

/** A path related to another, as the GraphQL type {@code RelatedPath} shows it. */
record RelatedPath(LearningPath path, double score, List<String> reasons) {

  /**
   * The weights of the path relatedness score; a shared concept weighs its rarity, ln(N / df) over
   * paths, as {@code LearningObject.related} does over objects.
   */
  static final double OBJECT_WEIGHT = 2.0;

  static final double LINK_WEIGHT = 3.0;

  /** The weight of a shared concept that {@code df} of {@code total} paths show objects about. */
  static double conceptWeight(long total, long df) {
    return Math.log((double) total / df);
  }
}
