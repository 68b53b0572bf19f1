package org.pathgraph.api;

/**
 * One problem found in a content tree.
 *
 * @param file path relative to the content root, with '/' separators
 * @param field the front-matter key or JSON field concerned, or null for the whole file
 * @param code a stable code such as {@code YAML_SYNTAX}, {@code MISSING_FIELD}, {@code BAD_TYPE}
 */
public record ImportProblem(
    Severity severity, String code, String file, String field, String message) {

  /** The one-line form the CLI prints: {@code file:field: SEVERITY CODE message}. */
  public String format() {
    return file + ":" + (field == null ? "" : field) + ": " + severity + " " + code + " " + message;
  }
}
