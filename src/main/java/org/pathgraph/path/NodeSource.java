package org.pathgraph.path;

import java.util.List;

/** A node of a learning path, in file order ({@code index} is 0-based). */
public record NodeSource(
    int index,
    ObjectRef ref,
    boolean start,
    String instruction,
    List<TransitionSource> transitions) {}
