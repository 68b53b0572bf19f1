package org.pathgraph.content;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;

/**
 * Children of an object that a statement may read with the object itself: its concepts and the
 * objects it embeds. Where such a statement runs (one object, a path's nodes), the children prime
 * the request's loaders here, so the {@code concepts} and {@code html} fields find them without a
 * further statement; elsewhere those loaders read them for every object of a request level at once.
 */
public final class ObjectChildren {

  /** Loader of an object's concepts, keyed by the object as read (its conceptUris). */
  static final String CONCEPTS = "objectConcepts";

  /** Loader of the objects an object embeds, keyed by the object's key. */
  static final String EMBEDS = "objectEmbeds";

  private ObjectChildren() {}

  /** Primes the request's loaders with what came with {@code object}; a null list was not read. */
  public static void prime(
      DataFetchingEnvironment env,
      LearningObject object,
      List<ObjectConcept> concepts,
      List<Embed> embeds) {
    if (object == null) {
      return;
    }
    if (concepts != null) {
      env.<LearningObject, List<ObjectConcept>>getDataLoader(CONCEPTS).prime(object, concepts);
    }
    if (embeds != null) {
      env.<String, List<Embed>>getDataLoader(EMBEDS).prime(object.key(), embeds);
    }
  }
}
