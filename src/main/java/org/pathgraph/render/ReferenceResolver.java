package org.pathgraph.render;

import java.util.Optional;

/** Looks up what a learning object refers to; supplied by the caller (database-backed later). */
public interface ReferenceResolver {

  /**
   * The object to embed, or empty when it does not exist. A {@code null} version means the latest.
   * An object the caller may not see comes back with {@code restricted} set.
   */
  Optional<Embeddable> object(String hruid, String language, Integer version);

  /** Whether the object with key {@code objectKey} has a file at {@code relativePath}. */
  boolean assetExists(String objectKey, String relativePath);

  /** A resolver that knows no objects and believes every asset exists. */
  static ReferenceResolver none() {
    return new ReferenceResolver() {
      @Override
      public Optional<Embeddable> object(String hruid, String language, Integer version) {
        return Optional.empty();
      }

      @Override
      public boolean assetExists(String objectKey, String relativePath) {
        return true;
      }
    };
  }
}
