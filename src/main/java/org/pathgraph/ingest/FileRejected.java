package org.pathgraph.ingest;

/**
 * Thrown while reading one file when it cannot be imported at all; the reader turns it into an
 * ERROR problem for that file.
 */
final class FileRejected extends RuntimeException {

  private final String code;
  private final String field;

  FileRejected(String code, String field, String message) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
  }

  String code() {
    return code;
  }

  String field() {
    return field;
  }

  Problem toProblem(String file) {
    return new Problem(Severity.ERROR, code, file, field, getMessage());
  }
}
