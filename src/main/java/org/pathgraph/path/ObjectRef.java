package org.pathgraph.path;

/**
 * The key a path node or transition names. {@code version} is null when the file gave no usable
 * integer; such a reference never resolves.
 */
public record ObjectRef(String hruid, String language, Integer version) {

  /** The object key {@code hruid/language/version}. */
  public String key() {
    return hruid + "/" + language + "/" + (version == null ? "?" : version);
  }
}
