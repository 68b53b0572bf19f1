package org.pathgraph.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.lock.ImportInProgressException;
import org.pathgraph.ingest.write.ImportChanges;
import org.springframework.stereotype.Component;

/**
 * What this instance's imports are doing, for health and metrics: whether one runs, the last report
 * and the last failure. The graph keeps the shared copy of the report.
 */
@Component
class ImportStatus {

  /** An import that threw instead of finishing: when, and why. */
  public record Failure(Instant at, String message) {}

  private final AtomicReference<ImportReport> last = new AtomicReference<>();
  private final AtomicReference<Run> running = new AtomicReference<>();
  private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
  private final MeterRegistry meters;

  ImportStatus(MeterRegistry meters) {
    this.meters = meters;
    Gauge.builder("pathgraph.import.running", running, r -> r.get() == null ? 0 : 1)
        .description("1 while this instance runs an import")
        .register(meters);
  }

  /** One import call; compared by identity, so a refused second call cannot end the first. */
  static final class Run {
    final Instant start = Instant.now();
  }

  Run started() {
    Run run = new Run();
    running.compareAndSet(null, run);
    return run;
  }

  void finished(Run run, ImportReport report) {
    Duration took = took(run);
    last.set(report);
    lastFailure.set(null);
    ImportChanges c = report.changes();
    count("pathgraph.import.objects", "change", "written", c.objectsWritten());
    count("pathgraph.import.objects", "change", "unchanged", c.objectsUnchanged());
    count("pathgraph.import.objects", "change", "deleted", c.objectsDeleted());
    count("pathgraph.import.paths", "change", "written", c.pathsWritten());
    count("pathgraph.import.paths", "change", "unchanged", c.pathsUnchanged());
    count("pathgraph.import.paths", "change", "deleted", c.pathsDeleted());
    count("pathgraph.import.write.failures", null, null, c.writeFailures());
    for (Severity s : Severity.values()) {
      count(
          "pathgraph.import.problems",
          "severity",
          s.name(),
          report.problems().stream().filter(p -> p.severity() == s).count());
    }
    timer("success").record(took);
  }

  void failed(Run run, RuntimeException e) {
    Duration took = took(run);
    // Another instance holding the lock is not this instance's failure.
    if (!(e instanceof ImportInProgressException)) {
      lastFailure.set(new Failure(Instant.now(), String.valueOf(e.getMessage())));
      timer("failure").record(took);
    }
  }

  /** The last report of this instance, or null. */
  public ImportReport last() {
    return last.get();
  }

  /** When the running import started, or null when none runs. */
  public Instant runningSince() {
    Run run = running.get();
    return run == null ? null : run.start;
  }

  /** The last import that threw, unless one finished since; or null. */
  public Failure lastFailure() {
    return lastFailure.get();
  }

  private Duration took(Run run) {
    running.compareAndSet(run, null);
    return Duration.between(run.start, Instant.now());
  }

  private void count(String name, String tag, String value, long amount) {
    Counter.Builder b = Counter.builder(name);
    if (tag != null) {
      b.tag(tag, value);
    }
    b.register(meters).increment(amount);
  }

  private Timer timer(String outcome) {
    return Timer.builder("pathgraph.import.duration")
        .description("How long imports take, from reading the tree to the saved report")
        .tag("outcome", outcome)
        .register(meters);
  }
}
