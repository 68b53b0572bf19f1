package org.pathgraph.ingest;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** The last import this instance ran, for the CLI and health; the graph keeps the shared copy. */
@Component
public class ImportStatus {

  private final AtomicReference<ImportReport> last = new AtomicReference<>();

  void record(ImportReport report) {
    last.set(report);
  }

  /** The last report of this instance, or null. */
  public ImportReport last() {
    return last.get();
  }
}
