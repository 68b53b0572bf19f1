package org.pathgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a Relay connection. One generic record serves every {@code *Connection} type of the
 * schema: their shapes are identical, and graphql-java reads fields by name.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

  /** An item with its cursor. */
  public record Edge<T>(String cursor, T node) {}

  /**
   * Builds a page from the items a query returned: at most {@code first + 1} of them, the extra one
   * only telling that a next page exists.
   */
  public static <T> Connection<T> of(
      List<T> fetched, int first, boolean hasPrevious, int total, Function<T, String> sortKey) {
    boolean hasNext = fetched.size() > first;
    List<T> page = hasNext ? fetched.subList(0, first) : fetched;
    List<Edge<T>> edges = new ArrayList<>(page.size());
    for (T item : page) {
      edges.add(new Edge<>(Cursors.encode(sortKey.apply(item)), item));
    }
    return new Connection<>(edges, PageInfo.of(edges, Edge::cursor, hasNext, hasPrevious), total);
  }
}
