package org.pathgraph.ingest.check;

import java.util.List;
import java.util.Set;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.ingest.parse.PathSource;

/**
 * Everything read from a content tree, with no database involved: the objects and paths that win
 * their keys, every problem, the summary figures, and the files that were rejected (whose last good
 * version in the graph must be kept; a folder that could not be read is listed with a trailing
 * {@code /}).
 */
public record ContentSnapshot(
    List<ObjectSource> objects,
    List<PathSource> paths,
    List<ImportProblem> problems,
    ImportSummary summary,
    Set<String> rejectedFiles) {

  /** True when the graph must keep what it has for {@code file}: it was rejected or unreadable. */
  public boolean keepsPrevious(String file) {
    if (file == null) {
      return false;
    }
    if (rejectedFiles.contains(file)) {
      return true;
    }
    for (String rejected : rejectedFiles) {
      if (rejected.endsWith("/") && file.startsWith(rejected)) {
        return true;
      }
    }
    return false;
  }
}
