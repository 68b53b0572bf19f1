package org.pathgraph.ingest;

/**
 * Told how far an import has come, for a progress bar. Called on the importing thread; an
 * implementation must be cheap, since the writer calls it once per object or batch.
 */
public interface ImportProgress {

  /** Reports nothing. */
  ImportProgress NONE = new ImportProgress() {};

  /** A stage begins with {@code total} units of work, or -1 when the total is not known. */
  default void stage(String name, long total) {}

  /** {@code done} more units of the current stage are finished. */
  default void advance(long done) {}
}
