package org.pathgraph.ingest.write;

/** The writes an import made; all zero when the tree was unchanged. */
public record ImportChanges(
    int objectsWritten,
    int objectsDeleted,
    int objectsUnchanged,
    int pathsWritten,
    int pathsDeleted,
    int pathsUnchanged,
    int writeFailures,
    int conceptsWritten,
    int conceptsRemoved,
    int schemesWritten,
    int schemesRemoved) {

  /** True when the import changed nothing in the graph. */
  public boolean none() {
    return objectsWritten
            + objectsDeleted
            + pathsWritten
            + pathsDeleted
            + conceptsWritten
            + conceptsRemoved
            + schemesWritten
            + schemesRemoved
        == 0;
  }
}
