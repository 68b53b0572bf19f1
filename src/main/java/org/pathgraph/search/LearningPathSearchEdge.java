package org.pathgraph.search;

import org.pathgraph.path.LearningPath;

/** A learning path found by a search, with its score and highlighted excerpt. */
record LearningPathSearchEdge(String cursor, LearningPath node, double score, String snippet) {}
