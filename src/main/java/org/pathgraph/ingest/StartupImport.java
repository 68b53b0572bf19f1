package org.pathgraph.ingest;

import java.nio.file.Path;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.ingest.lock.ImportInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Imports {@code pathgraph.content.dir} once the application has started, unless it is empty. */
@Component
class StartupImport implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

  private final Importer importer;
  private final PathgraphProperties properties;

  StartupImport(Importer importer, PathgraphProperties properties) {
    this.importer = importer;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.content().importAtStartup()) {
      log.info("pathgraph.content.dir is empty: serving the database as it is, no import");
      return;
    }
    Path dir = Path.of(properties.content().dir());
    log.info("Importing content from {}", dir.toAbsolutePath().normalize());
    // Instances sharing a database start together: wait for another's import rather than skip
    // ours (it may import a different tree); a dead holder's lock frees within its lease.
    long deadline = System.nanoTime() + 2 * Importer.LOCK_LEASE.toNanos();
    while (true) {
      try {
        importer.importTree(dir);
        return;
      } catch (ImportInProgressException e) {
        if (System.nanoTime() > deadline) {
          log.warn("No start-up import: {}", e.getMessage());
          return;
        }
        log.info("Waiting for the import lock: {}", e.getMessage());
        try {
          Thread.sleep(2000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
