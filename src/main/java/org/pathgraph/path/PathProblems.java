package org.pathgraph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

/**
 * The structure problems of a path as stored, found by the same {@link PathStructure} check the
 * import runs, plus the dangling references the graph knows about.
 */
final class PathProblems {

  private PathProblems() {}

  static List<ImportProblem> of(LearningPath path, List<PathNode> ordered) {
    List<PathNode> byIndex = new ArrayList<>(ordered);
    byIndex.sort(Comparator.comparingInt(PathNode::index));
    List<NodeSource> nodes = new ArrayList<>();
    List<ImportProblem> dangling = new ArrayList<>();
    for (PathNode n : byIndex) {
      List<TransitionSource> transitions = new ArrayList<>();
      for (int i = 0; i < n.transitions().size(); i++) {
        PathNode.Transition t = n.transitions().get(i);
        transitions.add(new TransitionSource(i, t.condition(), t.isDefault(), t.target()));
        if (!t.targetExists()) {
          dangling.add(
              new ImportProblem(
                  Severity.WARNING,
                  "DANGLING_TRANSITION",
                  path.sourceFile(),
                  "nodes[" + n.index() + "].transitions[" + i + "]",
                  "transition names object " + t.target().key() + ", which does not exist"));
        }
      }
      nodes.add(new NodeSource(n.index(), n.ref(), n.isStart(), null, transitions));
      if (!n.hasObject()) {
        dangling.add(
            new ImportProblem(
                Severity.WARNING,
                "DANGLING_NODE",
                path.sourceFile(),
                "nodes[" + n.index() + "]",
                "node names object " + n.ref().key() + ", which does not exist"));
      }
    }
    List<ImportProblem> problems = new ArrayList<>(PathStructure.check(nodes, path.sourceFile()));
    problems.addAll(dangling);
    return problems;
  }
}
