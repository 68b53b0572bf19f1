package org.pathgraph.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

/**
 * Finds objects that embed themselves through {@code ![..](@learning-object/..)} chains. The
 * renderer stops such a loop with a placeholder; the import reports it so authors can fix it.
 */
final class EmbedCycles {

  private EmbedCycles() {}

  /** One WARNING {@code EMBED_CYCLE} per embed that closes a loop, on the embedding file. */
  static List<ImportProblem> find(List<ObjectSource> objects) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      index.put(objects.get(i).key(), i);
    }
    List<List<Integer>> edges = new ArrayList<>();
    for (ObjectSource o : objects) {
      List<Integer> targets = new ArrayList<>();
      for (LinkRef link : o.links()) {
        Integer target = link.kind() == LinkKind.OBJECT_EMBED ? index.get(link.target()) : null;
        if (target != null) {
          targets.add(target);
        }
      }
      edges.add(targets);
    }
    List<ImportProblem> problems = new ArrayList<>();
    int[] state = new int[objects.size()]; // 0 unseen, 1 on the current route, 2 done
    for (int root = 0; root < objects.size(); root++) {
      if (state[root] != 0) {
        continue;
      }
      // Iterative, so a long chain of embeds cannot overflow the stack.
      Deque<int[]> stack = new ArrayDeque<>();
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
          for (int i : route.subList(route.indexOf(target), route.size())) {
            loop.add(objects.get(i).key());
          }
          loop.add(objects.get(target).key());
          problems.add(
              new ImportProblem(
                  Severity.WARNING,
                  "EMBED_CYCLE",
                  objects.get(top[0]).sourceFile(),
                  null,
                  "embeds loop: "
                      + String.join(" -> ", loop)
                      + " (rendered with a placeholder where the loop closes)"));
        } else if (state[target] == 0) {
          state[target] = 1;
          route.add(target);
          stack.push(new int[] {target, 0});
        }
      }
    }
    return problems;
  }
}
