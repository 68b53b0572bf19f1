package org.pathgraph.ingest.tree;

import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

/**
 * Thrown while reading one file when it cannot be imported at all; the reader turns it into an
 * ERROR problem for that file.
 */
public final class FileRejected extends RuntimeException {

  private final String code;
  private final String field;

  public FileRejected(String code, String field, String message) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  String field() {
    return field;
  }

  public ImportProblem toProblem(String file) {
    return new ImportProblem(Severity.ERROR, code, file, field, getMessage());
  }
}
