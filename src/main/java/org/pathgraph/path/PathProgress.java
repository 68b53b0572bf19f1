package org.pathgraph.path;

import java.util.ArrayList;
import java.util.List;
import org.pathgraph.content.LearningObject;

/** How far a learner has come along a path, as the GraphQL type {@code PathProgress} shows it. */
record PathProgress(
    int done,
    int remaining,
    int total,
    double percentage,
    List<PathNode> completedNodes,
    PathNode nextNode,
    int estimatedTimeLeft,
    List<ObjectRef> ignored) {

  /**
   * Progress over {@code nodes} (path order) given the objects they show the caller and the
   * completed references. A reference without a version matches any version of its hruid and
   * language; one matching no node is ignored and listed.
   */
  static PathProgress of(
      List<PathNode> nodes, List<PathRepository.NodeObject> shown, List<ObjectRef> completed) {
    List<PathNode> done = new ArrayList<>();
    PathNode next = null;
    int timeLeft = 0;
    for (int i = 0; i < nodes.size(); i++) {
      PathNode node = nodes.get(i);
      if (completed.stream().anyMatch(c -> matches(c, node.ref()))) {
        done.add(node);
      } else {
        next = next == null ? node : next;
        LearningObject o = shown.get(i).object();
        timeLeft += o == null || o.estimatedTime() == null ? 0 : o.estimatedTime();
      }
    }
    List<ObjectRef> ignored =
        completed.stream().filter(c -> nodes.stream().noneMatch(n -> matches(c, n.ref()))).toList();
    int total = nodes.size();
    double percentage = total == 0 ? 0 : Math.round(1000.0 * done.size() / total) / 10.0;
    return new PathProgress(
        done.size(), total - done.size(), total, percentage, done, next, timeLeft, ignored);
  }

  private static boolean matches(ObjectRef completed, ObjectRef ref) {
    return completed.hruid().equals(ref.hruid())
        && completed.language().equals(ref.language())
        && (completed.version() == null || completed.version().equals(ref.version()));
  }
}
