package org.pathgraph.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

/** Checks the shape of a learning path on its own, without the objects its nodes name. */
public final class PathStructure {

  private PathStructure() {}

  /**
   * The structure problems of a path, all WARNINGs. A transition leads to the first node with the
   * object key it names, so a node listed twice is only reached through its first listing.
   *
   * @param nodes the nodes in file order
   * @param file the path file to name in the problems
   */
  public static List<ImportProblem> check(List<NodeSource> nodes, String file) {
    List<ImportProblem> problems = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int p = 0; p < nodes.size(); p++) {
      if (nodes.get(p).start()) {
        starts.add(p);
      }
    }
    if (starts.isEmpty()) {
      problems.add(warning("NO_START_NODE", file, "nodes", "path has no start node"));
    } else if (starts.size() > 1) {
      List<String> keys = starts.stream().map(p -> nodes.get(p).ref().key()).toList();
      problems.add(
          warning(
              "MANY_START_NODES",
              file,
              "nodes",
              "path has "
                  + starts.size()
                  + " start nodes, expected one: "
                  + String.join(", ", keys)));
    }

    Map<String, Integer> firstByKey = new HashMap<>();
    for (int p = 0; p < nodes.size(); p++) {
      NodeSource node = nodes.get(p);
      Integer first = firstByKey.putIfAbsent(node.ref().key(), p);
      if (first != null) {
        problems.add(
            warning(
                "REPEATED_NODE",
                file,
                field(node),
                "object "
                    + node.ref().key()
                    + " is already node "
                    + nodes.get(first).index()
                    + ": transitions to it lead to that first node"));
      }
    }

    List<List<Integer>> edges = new ArrayList<>();
    for (NodeSource node : nodes) {
      List<Integer> targets = new ArrayList<>();
      for (TransitionSource transition : node.transitions()) {
        Integer target = firstByKey.get(transition.next().key());
        if (target == null) {
          problems.add(
              warning(
                  "TRANSITION_OUTSIDE_PATH",
                  file,
                  field(node) + ".transitions[" + transition.order() + "].next",
                  "transition leads to "
                      + transition.next().key()
                      + ", which is not a node of this path"));
        } else {
          targets.add(target);
        }
      }
      edges.add(targets);
    }

    if (!starts.isEmpty()) {
      boolean[] reached = new boolean[nodes.size()];
      Deque<Integer> queue = new ArrayDeque<>(starts);
      starts.forEach(p -> reached[p] = true);
      while (!queue.isEmpty()) {
        for (int target : edges.get(queue.poll())) {
          if (!reached[target]) {
            reached[target] = true;
            queue.add(target);
          }
        }
      }
      for (int p = 0; p < nodes.size(); p++) {
        if (!reached[p]) {
          problems.add(
              warning(
                  "UNREACHABLE_NODE",
                  file,
                  field(nodes.get(p)),
                  "node " + nodes.get(p).ref().key() + " cannot be reached from the start node"));
        }
      }
    }
    cycles(nodes, edges, file, problems);
    return List.copyOf(problems);
  }

  /** Reports each transition that closes a loop. */
  private static void cycles(
      List<NodeSource> nodes,
      List<List<Integer>> edges,
      String file,
      List<ImportProblem> problems) {
    Loops.find(
        edges,
        (from, loop) ->
            problems.add(
                warning(
                    "CYCLE",
                    file,
                    field(nodes.get(from)),
                    "transitions loop: "
                        + String.join(
                            " -> ", loop.stream().map(p -> nodes.get(p).ref().key()).toList()))));
  }

  private static String field(NodeSource node) {
    return "nodes[" + node.index() + "]";
  }

  private static ImportProblem warning(String code, String file, String field, String message) {
    return new ImportProblem(Severity.WARNING, code, file, field, message);
  }
}
