package org.pathgraph.path;

/**
 * A transition out of a path node, in file order.
 *
 * @param condition the raw condition text, or null when absent
 * @param next the object the transition leads to
 */
public record TransitionSource(int order, String condition, boolean isDefault, ObjectRef next) {}
