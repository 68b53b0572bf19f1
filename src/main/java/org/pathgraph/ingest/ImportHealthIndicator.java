package org.pathgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code import} component of {@code /actuator/health}: whether an import runs, what the last
 * one found and wrote, and the last failure. DOWN only when the last import threw (the graph then
 * still serves the content of the import before it); problems in the content are not ill health.
 */
@Component
class ImportHealthIndicator extends AbstractHealthIndicator {

  private final ImportStatus status;
  private final Importer importer;

  ImportHealthIndicator(ImportStatus status, Importer importer) {
    super("import status unavailable");
    this.status = status;
    this.importer = importer;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    ImportStatus.Failure failure = status.lastFailure();
    if (failure != null) {
      builder
          .down()
          .withDetail(
              "lastFailure", Map.of("at", failure.at().toString(), "message", failure.message()));
    } else {
      builder.up();
    }
    builder.withDetail("running", status.runningSince() != null);
    if (status.runningSince() != null) {
      builder.withDetail("runningSince", status.runningSince().toString());
    }
    // After a restart without a start-up import, the graph still knows the last one.
    ImportReport last = status.last() != null ? status.last() : importer.lastReport();
    if (last != null) {
      builder.withDetail("lastImport", summary(last));
    }
  }

  private static Map<String, Object> summary(ImportReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("contentDir", report.contentDir());
    m.put("startedAt", report.startedAt());
    m.put("finishedAt", report.finishedAt());
    m.put("objects", report.summary().objectsImported());
    m.put("paths", report.summary().pathsImported());
    m.put("errors", report.errorCount());
    m.put("warnings", report.problems().size() - report.errorCount());
    m.put("changes", report.changes());
    return m;
  }
}
