package org.pathgraph.ingest;

/** Another import holds the database's import lock. */
public final class ImportInProgressException extends RuntimeException {

  ImportInProgressException(String holder) {
    super("an import is already running (held by " + holder + "); try again when it has finished");
  }
}
