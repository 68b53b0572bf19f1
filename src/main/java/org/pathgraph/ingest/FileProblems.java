package org.pathgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, in the order they were found. */
final class FileProblems {

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  FileProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void warn(String code, String field, String message) {
    problems.add(new Problem(Severity.WARNING, code, file, field, message));
  }

  void error(String code, String field, String message) {
    problems.add(new Problem(Severity.ERROR, code, file, field, message));
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  /** The code of the first ERROR, or null when there is none. */
  String firstErrorCode() {
    return problems.stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .map(Problem::code)
        .findFirst()
        .orElse(null);
  }

  List<Problem> list() {
    return List.copyOf(problems);
  }
}
