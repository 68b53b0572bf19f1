package org.pathgraph.search;

import org.pathgraph.content.LearningObject;

/** A learning object found by a search, with its score and highlighted excerpt. */
record SearchEdge(String cursor, LearningObject node, double score, String snippet) {}
