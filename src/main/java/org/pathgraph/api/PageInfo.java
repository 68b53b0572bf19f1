package org.pathgraph.api;

/** Where a page of a connection stands. */
public record PageInfo(
    boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
