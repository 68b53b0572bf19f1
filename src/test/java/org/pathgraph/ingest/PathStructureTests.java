package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathStructureTests {

  private static final String FILE = "learning_paths/p.json";

  @Test
  void straightPathWithOneStartHasNoProblems() {
    PathSource path = path(node(0, "a", true, "b"), node(1, "b", false, "c"), node(2, "c", false));
    assertThat(PathStructure.check(path, FILE)).isEmpty();
  }

  @Test
  void pathWithoutStartNodeIsReported() {
    PathSource path = path(node(0, "a", false, "b"), node(1, "b", false));
    assertThat(PathStructure.check(path, FILE))
        .extracting(Problem::code)
        .containsExactly("NO_START_NODE");
  }

  @Test
  void severalStartNodesAreReportedOnce() {
    PathSource path = path(node(0, "a", true, "b"), node(1, "b", true));
    assertThat(PathStructure.check(path, FILE))
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple("MANY_START_NODES", "path has 2 start nodes, expected one: a/nl/1, b/nl/1"));
  }

  @Test
  void repeatedNodeIsReachedOnlyThroughItsFirstListingAndSelfLoopIsACycle() {
    PathSource path = path(node(0, "x", true, "t"), node(1, "t", false, "t"), node(2, "t", false));
    assertThat(PathStructure.check(path, FILE))
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            tuple("REPEATED_NODE", "nodes[2]"),
            tuple("UNREACHABLE_NODE", "nodes[2]"),
            tuple("CYCLE", "nodes[1]"));
  }

  @Test
  void longerLoopIsNamedNodeByNode() {
    PathSource path =
        path(node(0, "a", true, "b"), node(1, "b", false, "c"), node(2, "c", false, "a"));
    assertThat(PathStructure.check(path, FILE))
        .extracting(Problem::message)
        .containsExactly("transitions loop: a/nl/1 -> b/nl/1 -> c/nl/1 -> a/nl/1");
  }

  @Test
  void transitionToAnObjectOutsideThePathIsReported() {
    PathSource path = path(node(0, "a", true, "elsewhere"), node(1, "b", false));
    assertThat(PathStructure.check(path, FILE))
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            tuple("TRANSITION_OUTSIDE_PATH", "nodes[0].transitions[0].next"),
            tuple("UNREACHABLE_NODE", "nodes[1]"));
  }

  private static PathSource path(NodeSource... nodes) {
    return new PathSource("p", "nl", "P", "A path", null, null, List.of(nodes), FILE, "hash");
  }

  private static NodeSource node(int index, String hruid, boolean start, String... next) {
    List<TransitionSource> transitions = new ArrayList<>();
    for (int i = 0; i < next.length; i++) {
      transitions.add(new TransitionSource(i, null, i == 0, new ObjectRef(next[i], "nl", 1)));
    }
    return new NodeSource(index, new ObjectRef(hruid, "nl", 1), start, null, transitions);
  }
}
