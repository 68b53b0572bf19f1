package org.pathgraph.render;

/** A learning object found by a {@link ReferenceResolver}; restricted ones render as nothing. */
public record Embeddable(String key, RenderRequest request, boolean restricted) {

  /** A placeholder for an object the caller may not see. */
  public static Embeddable restricted(String key) {
    return new Embeddable(key, null, true);
  }
}
