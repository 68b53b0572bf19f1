package org.pathgraph.ingest.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.parse.LinkKind;
import org.pathgraph.ingest.parse.LinkRef;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.path.Loops;

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
    Loops.find(
        edges,
        (from, loop) ->
            problems.add(
                new ImportProblem(
                    Severity.WARNING,
                    "EMBED_CYCLE",
                    objects.get(from).sourceFile(),
                    null,
                    "embeds loop: "
                        + String.join(" -> ", loop.stream().map(i -> objects.get(i).key()).toList())
                        + " (rendered with a placeholder where the loop closes)")));
    return problems;
  }
}
