package org.pathgraph.content;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one request already knows about objects it loaded with their parents: concepts and embedded
 * objects that arrived in the same statement as the objects themselves (as {@code _concepts} and
 * {@code _embeds} of the projection). The {@code concepts} field and the renderer take them from
 * here instead of asking the database again, so a path with its objects, their concepts and html
 * costs one statement. Kept in the request's {@link GraphQLContext}: it dies with the request, and
 * everything in it was read for the request's role.
 */
public final class Prefetched {

  private final Map<String, List<Map<String, Object>>> concepts = new ConcurrentHashMap<>();
  private final Map<String, List<Map<String, Object>>> embeds = new ConcurrentHashMap<>();

  /** The request's prefetched data, created on first use. */
  public static Prefetched of(GraphQLContext context) {
    return context.computeIfAbsent(Prefetched.class, k -> new Prefetched());
  }

  /** Takes the prefetched parts of an object projection, if it has any. */
  public void add(Map<String, Object> object) {
    Object key = object.get("key");
    if (!(key instanceof String k)) {
      return;
    }
    if (object.get("_concepts") instanceof List<?> list) {
      concepts.put(k, maps(list));
    }
    if (object.get("_embeds") instanceof List<?> list) {
      embeds.put(k, maps(list));
    }
  }

  /** The concepts of object {@code key}, or null when they were not prefetched. */
  public List<Map<String, Object>> concepts(String key) {
    return concepts.get(key);
  }

  /** The objects that object {@code key} embeds, or null when they were not prefetched. */
  List<Map<String, Object>> embeds(String key) {
    return embeds.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(List<?> list) {
    return (List<Map<String, Object>>) list;
  }
}
