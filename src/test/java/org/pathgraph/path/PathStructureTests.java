package org.pathgraph.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.api.ImportProblem;

class PathStructureTests {

  private static final String FILE = "learning_paths/p.json";

  @Test
  void straightPathWithOneStartHasNoProblems() {
    List<NodeSource> path =
        path(node(0, "a", true, "b"), node(1, "b", false, "c"), node(2, "c", false));
    assertThat(PathStructure.check(path, FILE)).isEmpty();
  }

  @Test
  void pathWithoutStartNodeIsReported() {
    List<NodeSource> path = path(node(0, "a", false, "b"), node(1, "b", false));
    assertThat(PathStructure.check(path, FILE))
        .extracting(ImportProblem::code)
        .containsExactly("NO_START_NODE");
  }

  @Test
  void severalStartNodesAreReportedOnce() {
    List<NodeSource> path = path(node(0, "a", true, "b"), node(1, "b", true));
    assertThat(PathStructure.check(path, FILE))
        .extracting(ImportProblem::code, ImportProblem::message)
        .containsExactly(
            tuple("MANY_START_NODES", "path has 2 start nodes, expected one: a/nl/1, b/nl/1"));
  }

  @Test
  void repeatedNodeIsReachedOnlyThroughItsFirstListingAndSelfLoopIsACycle() {
    List<NodeSource> path =
        path(node(0, "x", true, "t"), node(1, "t", false, "t"), node(2, "t", false));
    assertThat(PathStructure.check(path, FILE))
        .extracting(ImportProblem::code, ImportProblem::field)
        .containsExactly(
            tuple("REPEATED_NODE", "nodes[2]"),
            tuple("UNREACHABLE_NODE", "nodes[2]"),
            tuple("CYCLE", "nodes[1]"));
  }

  @Test
  void longerLoopIsNamedNodeByNode() {
    List<NodeSource> path =
        path(node(0, "a", true, "b"), node(1, "b", false, "c"), node(2, "c", false, "a"));
    assertThat(PathStructure.check(path, FILE))
        .extracting(ImportProblem::message)
        .containsExactly("transitions loop: a/nl/1 -> b/nl/1 -> c/nl/1 -> a/nl/1");
  }

  @Test
  void transitionToAnObjectOutsideThePathIsReported() {
    List<NodeSource> path = path(node(0, "a", true, "elsewhere"), node(1, "b", false));
    assertThat(PathStructure.check(path, FILE))
        .extracting(ImportProblem::code, ImportProblem::field)
        .containsExactly(
            tuple("TRANSITION_OUTSIDE_PATH", "nodes[0].transitions[0].next"),
            tuple("UNREACHABLE_NODE", "nodes[1]"));
  }

  private static List<NodeSource> path(NodeSource... nodes) {
    return List.of(nodes);
  }

  private static NodeSource node(int index, String hruid, boolean start, String... next) {
    List<TransitionSource> transitions = new ArrayList<>();
    for (int i = 0; i < next.length; i++) {
      transitions.add(new TransitionSource(i, null, i == 0, new ObjectRef(next[i], "nl", 1)));
    }
    return new NodeSource(index, new ObjectRef(hruid, "nl", 1), start, null, transitions);
  }
}
