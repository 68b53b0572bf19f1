package org.pathgraph.ingest;

import java.util.List;
import java.util.Set;

/**
 * Everything read from a content tree, with no database involved: the objects and paths that win
 * their keys, every problem, the summary figures, and the files that were rejected (whose last good
 * version in the graph must be kept).
 */
public record ContentSnapshot(
    List<ObjectSource> objects,
    List<PathSource> paths,
    List<Problem> problems,
    ImportSummary summary,
    Set<String> rejectedFiles) {}
