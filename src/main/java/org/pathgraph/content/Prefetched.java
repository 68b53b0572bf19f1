package org.pathgraph.content;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one request already knows about objects it loaded with their parents: concepts and embedded
 * objects that arrived in the same statement as the objects themselves. The {@code concepts} field
 * and the renderer take them from here instead of asking the database again, so a path with its
 * objects, their concepts and html costs one statement. Kept in the request's {@link
 * GraphQLContext}: it dies with the request, and everything in it was read for the request's role.
 */
public final class Prefetched {

  private final Map<String, List<Map<String, Object>>> concepts = new ConcurrentHashMap<>();
  private final Map<String, List<Map<String, Object>>> embeds = new ConcurrentHashMap<>();

  /** The request's prefetched data, created on first use. */
  public static Prefetched of(GraphQLContext context) {
    return context.computeIfAbsent(Prefetched.class, k -> new Prefetched());
  }

  /**
   * Takes what came with object {@code key}: its concepts and the objects it embeds (property
   * maps), each null when the statement did not read it.
   */
  public void add(String key, Object conceptMaps, Object embedMaps) {
    if (conceptMaps instanceof List<?> list) {
      concepts.put(key, maps(list));
    }
    if (embedMaps instanceof List<?> list) {
      embeds.put(key, maps(list));
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
