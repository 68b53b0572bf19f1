package org.pathgraph.ingest.lock;

import org.pathgraph.api.BadRequestException;

/** Another import holds the database's import lock; the client may retry later. */
public final class ImportInProgressException extends BadRequestException {

  ImportInProgressException(String holder) {
    super("an import is already running (held by " + holder + "); try again when it has finished");
  }
}
