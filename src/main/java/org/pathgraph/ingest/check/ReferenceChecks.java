package org.pathgraph.ingest.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.parse.LinkKind;
import org.pathgraph.ingest.parse.LinkRef;
import org.pathgraph.ingest.parse.ObjectFileReader;
import org.pathgraph.ingest.parse.PathSource;
import org.pathgraph.path.NodeSource;
import org.pathgraph.path.PathStructure;
import org.pathgraph.path.TransitionSource;

/**
 * Whether what objects link to and what path nodes and transitions lead to is in the content read,
 * with the figures the {@link ImportSummary} gives of them.
 */
final class ReferenceChecks {

  private ReferenceChecks() {}

  /** Figures gathered while resolving references. */
  static final class Counts {
    int crossPathLinks;
    int crossPathLinksResolved;
    int objectReferences;
    int objectReferencesResolved;
    int pathNodes;
    int pathTransitions;
    int danglingNodeRefs;
    int danglingTransitionRefs;
    int pathsWithoutExactlyOneStartNode;
  }

  static void checkLinks(
      ObjectFileReader.Parsed parsed,
      Set<String> objectKeys,
      Set<String> pathKeys,
      Counts counts,
      List<ImportProblem> problems) {
    Set<String> reported = new HashSet<>();
    for (LinkRef link : parsed.object().links()) {
      boolean path = link.kind() == LinkKind.PATH_LINK;
      boolean resolved = (path ? pathKeys : objectKeys).contains(link.target());
      if (path) {
        counts.crossPathLinks++;
        counts.crossPathLinksResolved += resolved ? 1 : 0;
      }
      // An object both embedded and linked is one missing target, reported once.
      if (!resolved && reported.add(path + " " + link.target())) {
        problems.add(
            new ImportProblem(
                Severity.WARNING,
                "UNRESOLVED_LINK",
                parsed.file(),
                null,
                (path ? "link to learning path " : "reference to learning object ")
                    + link.target()
                    + " is not in this content"));
      }
    }
    // Only @learning-object references count; a getWrapped URL is a link but not a reference.
    for (String target : parsed.objectReferences()) {
      counts.objectReferences++;
      counts.objectReferencesResolved += objectKeys.contains(target) ? 1 : 0;
    }
  }

  static void checkPath(
      PathSource path,
      String file,
      Set<String> objectKeys,
      Counts counts,
      List<ImportProblem> problems) {
    counts.pathNodes += path.nodes().size();
    long starts = path.nodes().stream().filter(NodeSource::start).count();
    counts.pathsWithoutExactlyOneStartNode += starts == 1 ? 0 : 1;
    for (NodeSource node : path.nodes()) {
      String field = "nodes[" + node.index() + "]";
      if (!objectKeys.contains(node.ref().key())) {
        counts.danglingNodeRefs++;
        problems.add(
            new ImportProblem(
                Severity.WARNING,
                "DANGLING_NODE",
                file,
                field,
                "node names learning object "
                    + node.ref().key()
                    + ", which is not in this content"));
      }
      for (TransitionSource transition : node.transitions()) {
        counts.pathTransitions++;
        if (!objectKeys.contains(transition.next().key())) {
          counts.danglingTransitionRefs++;
          problems.add(
              new ImportProblem(
                  Severity.WARNING,
                  "DANGLING_TRANSITION",
                  file,
                  field + ".transitions[" + transition.order() + "].next",
                  "transition leads to learning object "
                      + transition.next().key()
                      + ", which is not in this content"));
        }
      }
    }
    problems.addAll(PathStructure.check(path.nodes(), file));
  }
}
