package org.pathgraph.api;

import java.util.List;
import java.util.function.Function;

/** Where a page of a connection stands. */
public record PageInfo(
    boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

  /** The page info of {@code edges}, whose cursors {@code cursor} reads; null cursors if empty. */
  public static <E> PageInfo of(
      List<E> edges, Function<E, String> cursor, boolean hasNext, boolean hasPrevious) {
    return new PageInfo(
        hasNext,
        hasPrevious,
        edges.isEmpty() ? null : cursor.apply(edges.get(0)),
        edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1)));
  }
}
