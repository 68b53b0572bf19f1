package org.pathgraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

/** The problems found in one file, in the order they were found. */
final class FileProblems {

  /** Problems listed per file, so a broken generated file cannot flood the report. */
  static final int MAX_PROBLEMS = 100;

  private final String file;
  private final List<ImportProblem> problems = new ArrayList<>();

  FileProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void warn(String code, String field, String message) {
    add(new ImportProblem(Severity.WARNING, code, file, field, message));
  }

  void error(String code, String field, String message) {
    add(new ImportProblem(Severity.ERROR, code, file, field, message));
  }

  void add(ImportProblem problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    } else if (problems.size() == MAX_PROBLEMS) {
      problems.add(
          new ImportProblem(
              Severity.WARNING,
              "TOO_MANY_PROBLEMS",
              file,
              null,
              "more than " + MAX_PROBLEMS + " problems in this file: the rest are not listed"));
    } else if (problem.severity() == Severity.ERROR && firstErrorCode() == null) {
      // The ERROR that rejects the file is always listed.
      problems.add(problem);
    }
  }

  /** The code of the first ERROR, or null when there is none. */
  String firstErrorCode() {
    return problems.stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .map(ImportProblem::code)
        .findFirst()
        .orElse(null);
  }

  List<ImportProblem> list() {
    return List.copyOf(problems);
  }
}
