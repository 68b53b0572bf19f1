package org.pathgraph.ingest.check;

import java.util.List;
import java.util.Map;

/**
 * The figures of an import, field for field those of {@code dwengo-sample/EXPECTED.json} (same
 * names, same meanings), so a report can be compared with it directly.
 */
public record ImportSummary(
    int objectFiles,
    int objectsImported,
    Map<String, Integer> objectsByLanguage,
    Map<String, Integer> objectsByContentType,
    int teacherExclusiveObjects,
    int duplicateObjectKeys,
    int filesLosingToDuplicateKey,
    int objectFilesRejected,
    int pathFiles,
    int pathsImported,
    int duplicatePathKeys,
    int pathNodes,
    int pathTransitions,
    int danglingNodeRefs,
    int danglingTransitionRefs,
    int pathsWithoutExactlyOneStartNode,
    int concepts,
    int educationalGoals,
    int crossPathLinks,
    int crossPathLinksResolved,
    int objectReferences,
    int objectReferencesResolved,
    List<DuplicateKey> duplicateObjectKeyList,
    List<DuplicateKey> duplicatePathKeyList,
    List<RejectedFile> rejected) {

  /** A key claimed by several files: the winner and the files that lost to it. */
  public record DuplicateKey(String key, String winner, List<String> losers) {}

  /** A file kept out of the graph, with the code of the problem that rejected it. */
  public record RejectedFile(String file, String code) {}
}
