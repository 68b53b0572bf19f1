package org.pathgraph.ingest;

import java.util.List;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ImportSummary;
import org.pathgraph.ingest.write.ImportChanges;

/**
 * What one import found and did: the summary figures, every problem, and the writes it made.
 *
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant
 */
public record ImportReport(
    String contentDir,
    String startedAt,
    String finishedAt,
    ImportSummary summary,
    List<ImportProblem> problems,
    ImportChanges changes) {

  /** How many problems have severity ERROR. */
  public long errorCount() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
  }
}
