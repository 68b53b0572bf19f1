package org.pathgraph.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The loop search that a path's transitions need, and the import's check of embeds as well: a
 * depth-first search that is iterative, so a long chain cannot overflow the stack.
 */
public final class Loops {

  private Loops() {}

  /**
   * Calls {@code onLoop} once per edge that closes a loop, with the node the edge leaves and the
   * loop as node indexes, from the edge's target round to it again (the target appears twice).
   *
   * @param edges the targets of each node, by node index
   */
  public static void find(List<List<Integer>> edges, BiConsumer<Integer, List<Integer>> onLoop) {
    int[] state = new int[edges.size()]; // 0 unseen, 1 on the current route, 2 done
    for (int root = 0; root < edges.size(); root++) {
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
          List<Integer> loop = new ArrayList<>(route.subList(route.indexOf(target), route.size()));
          loop.add(target);
          onLoop.accept(top[0], loop);
        } else if (state[target] == 0) {
          state[target] = 1;
          route.add(target);
          stack.push(new int[] {target, 0});
        }
      }
    }
  }
}
