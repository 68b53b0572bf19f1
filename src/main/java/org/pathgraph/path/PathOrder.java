package org.pathgraph.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a path is read in: from the first start node along default transitions, then the nodes
 * not reached that way in file order. Stored at import so every read agrees.
 */
public final class PathOrder {

  private PathOrder() {}

  /** The node index a reference lands on inside the path (its first node with that key), or -1. */
  public static int indexOf(List<NodeSource> nodes, ObjectRef ref) {
    for (NodeSource node : nodes) {
      if (node.ref().key().equals(ref.key())) {
        return node.index();
      }
    }
    return -1;
  }

  /** Node indexes in path order. */
  public static List<Integer> order(List<NodeSource> nodes) {
    Set<Integer> ordered = new LinkedHashSet<>();
    Map<Integer, NodeSource> byIndex = new HashMap<>();
    nodes.forEach(n -> byIndex.put(n.index(), n));
    NodeSource current = nodes.stream().filter(NodeSource::start).findFirst().orElse(null);
    while (current != null && ordered.add(current.index())) {
      NodeSource from = current;
      current =
          from.transitions().stream()
              .filter(TransitionSource::isDefault)
              .findFirst()
              .map(t -> indexOf(nodes, t.next()))
              .filter(i -> i >= 0)
              .map(byIndex::get)
              .orElse(null);
    }
    List<Integer> result = new ArrayList<>(ordered);
    nodes.stream().map(NodeSource::index).filter(i -> !ordered.contains(i)).forEach(result::add);
    return result;
  }
}
