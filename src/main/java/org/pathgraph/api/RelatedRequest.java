package org.pathgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The related objects or paths of one object or path, as a data-loader key: the {@code related} and
 * {@code relatedPaths} fields take the same arguments.
 */
public record RelatedRequest(String key, int first, List<String> languages) {

  /** The default list length when {@code first} is not given. */
  public static final int DEFAULT_FIRST = 10;

  /** {@code first} has been checked (1 to 100) by RequestLimits before execution. */
  public static RelatedRequest of(String key, Integer first, List<String> languages) {
    return new RelatedRequest(
        key,
        first == null ? DEFAULT_FIRST : first,
        languages == null ? null : List.copyOf(languages));
  }

  /** This request's entry in a statement's {@code $requests} (see {@link Batched}). */
  public Map<String, Object> fields() {
    Map<String, Object> r = new HashMap<>();
    r.put("key", key);
    r.put("first", first);
    r.put("languages", languages);
    return r;
  }
}
