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

  /** Reports each transition that closes a loop, found by an iterative depth-first search. */
  private static void cycles(
      List<NodeSource> nodes,
      List<List<Integer>> edges,
      String file,
      List<ImportProblem> problems) {
    int[] state = new int[nodes.size()]; // 0 unseen, 1 on the current route, 2 done
    for (int root = 0; root < nodes.size(); root++) {
      if (state[root] != 0) {
        continue;
      }
      Deque<int[]> stack = new ArrayDeque<>(); // {node, next edge to follow}
      List<Integer> route = new ArrayList<>();
      stack.push(new int[] {root, 0});
      state[root] = 1;
      route.add(root);
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        List<Integer> out = edges.get(top[0]);
        if (top[1] == out.size()) {
          state[top[0]] = 2;
          stack.pop();
          route.remove(route.size() - 1);
          continue;
        }
        int target = out.get(top[1]++);
        if (state[target] == 1) {
          List<String> loop = new ArrayList<>();
          for (int p : route.subList(route.indexOf(target), route.size())) {
            loop.add(nodes.get(p).ref().key());
          }
          loop.add(nodes.get(target).ref().key());
          problems.add(
              warning(
                  "CYCLE",
                  file,
                  field(nodes.get(top[0])),
                  "transitions loop: " + String.join(" -> ", loop)));
        } else if (state[target] == 0) {
          state[target] = 1;
          route.add(target);
          stack.push(new int[] {target, 0});
        }
      }
    }
  }

  private static String field(NodeSource node) {
    return "nodes[" + node.index() + "]";
  }

  private static ImportProblem warning(String code, String file, String field, String message) {
    return new ImportProblem(Severity.WARNING, code, file, field, message);
  }
}
