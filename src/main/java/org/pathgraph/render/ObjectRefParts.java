package org.pathgraph.render;

/** {@code hruid/language[/version]} as written after {@code @learning-object/}. */
record ObjectRefParts(String hruid, String language, Integer version) {

  static ObjectRefParts parse(String rest) {
    String[] parts = rest.split("/");
    if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
      return null;
    }
    Integer version = null;
    if (parts.length == 3) {
      version = parseVersion(parts[2]);
      if (version == null) {
        return null;
      }
    }
    return new ObjectRefParts(
        Urls.percentDecode(parts[0].strip()), Urls.percentDecode(parts[1].strip()), version);
  }

  /** Also the version of a getWrapped link's query, read by the same rule. */
  static Integer parseVersion(String version) {
    if (version == null || !version.strip().matches("\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(version.strip());
  }
}
