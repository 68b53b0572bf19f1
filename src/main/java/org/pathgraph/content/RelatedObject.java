package org.pathgraph.content;

import java.util.List;

/** An object related to another, as the GraphQL type {@code RelatedObject} shows it. */
record RelatedObject(LearningObject object, double score, List<String> reasons) {

  /** The weight of a shared concept that {@code df} of {@code total} objects are about. */
  static double conceptWeight(long total, long df) {
    return Math.log((double) total / df);
  }

  /** The weight of sharing a path where the two nodes are {@code distance} positions apart. */
  static double pathWeight(int distance) {
    return RelatedWeights.PATH / distance;
  }
}
