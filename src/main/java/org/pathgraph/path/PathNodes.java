package org.pathgraph.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The nodes of one path in path order, looked up by key. Filled once, then only read. */
final class PathNodes {

  private final List<PathNode> ordered = new ArrayList<>();
  private final Map<String, PathNode> byKey = new HashMap<>();

  void add(PathNode node) {
    ordered.add(node);
    byKey.put(node.key(), node);
  }

  /** The nodes in path order. */
  public List<PathNode> ordered() {
    return ordered;
  }

  /** The node with key {@code key}, or null. */
  public PathNode get(String key) {
    return key == null ? null : byKey.get(key);
  }
}
