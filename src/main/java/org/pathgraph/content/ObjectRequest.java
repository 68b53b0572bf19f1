package org.pathgraph.content;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;

/**
 * An object (or the objects listed for it) to load by key, with the stored properties the selection
 * below the field asks for: the key of the loaders of fields that lead to other objects (a link's
 * source and object, an object's translations and versions).
 */
record ObjectRequest(String key, List<String> properties) {

  /** {@code key} with what the fields selected below the current field read. */
  static ObjectRequest of(String key, DataFetchingEnvironment env) {
    return new ObjectRequest(key, ObjectProjection.of(env.getSelectionSet(), null).properties());
  }
}
