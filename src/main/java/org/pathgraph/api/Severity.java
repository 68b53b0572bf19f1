package org.pathgraph.api;

/** How bad an import problem is: an ERROR keeps the file out of the graph, a WARNING does not. */
public enum Severity {
  ERROR,
  WARNING
}
