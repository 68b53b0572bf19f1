package org.pathgraph.ingest.parse;

/** An educational goal named by a learning object. */
public record GoalRef(String source, String id) {}
