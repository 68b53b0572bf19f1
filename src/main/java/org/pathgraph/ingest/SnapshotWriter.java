package org.pathgraph.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.neo4j.driver.Record;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.lock.ImportLock;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.ingest.parse.PathSource;
import org.pathgraph.ingest.parse.Vocabulary;
import org.pathgraph.ingest.write.GraphWriter;
import org.pathgraph.ingest.write.ImportChanges;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write phase of an import, run under the import lock: compares a snapshot with what the graph
 * holds, writes what changed in batches, deletes what left the tree and links the references.
 */
final class SnapshotWriter {

  // The importer's name: a log level or filter set for the import also covers its write failures.
  private static final Logger log = LoggerFactory.getLogger(Importer.class);

  /**
   * Changed objects and paths are written this many to a transaction (fewer when their content
   * passes {@link #MAX_BATCH_BYTES}): one transaction per object made a full import about 7 times
   * slower than a batched load of the same graph (bench/), commits dominating.
   */
  private static final int OBJECT_BATCH = 250;

  private static final int PATH_BATCH = 100;
  private static final long MAX_BATCH_BYTES = 8L * 1024 * 1024;

  private final Graph graph;
  private final GraphWriter writer;

  SnapshotWriter(Graph graph, GraphWriter writer) {
    this.graph = graph;
    this.writer = writer;
  }

  /** Writes {@code snapshot} over what the graph holds and reports how the graph changed. */
  ImportReport write(
      Path root,
      Instant started,
      ContentSnapshot snapshot,
      Vocabulary vocabulary,
      ImportProgress progress,
      ImportLock.Held held) {
    Map<String, String[]> objectsInGraph = new HashMap<>();
    Map<String, String[]> pathsInGraph = new HashMap<>();
    Map<String, java.util.Set<String>> labelsInGraph = new HashMap<>();
    for (Record r : graph.read(Statement.READ_STATE, Map.of())) {
      String[] state = {r.get("hash").asString(null), r.get("file").asString(null)};
      boolean object = "object".equals(r.get("kind").asString());
      (object ? objectsInGraph : pathsInGraph).put(r.get("key").asString(), state);
      if (object) {
        labelsInGraph.put(
            r.get("key").asString(),
            java.util.Set.copyOf(r.get("searchLabels").asList(v -> v.asString())));
      }
    }
    List<ImportProblem> problems = new ArrayList<>(snapshot.problems());
    problems.addAll(vocabulary.problems());
    GraphWriter.VocabularyWrites vocabularyWrites = new GraphWriter.VocabularyWrites(0, 0, 0, 0);
    // With a vocabulary file that did not parse, the graph keeps the vocabularies it has (as an
    // object whose file turned invalid keeps its last good version), and which concepts are
    // unknown cannot be told.
    if (vocabulary.problems().isEmpty()) {
      problems.addAll(unknownConcepts(snapshot, vocabulary));
      try {
        vocabularyWrites = writer.writeVocabulary(vocabulary);
      } catch (RuntimeException e) {
        problems.add(writeFailed(String.join(", ", vocabulary.files()), e));
      }
    }
    int objectsWritten = 0;
    int objectsUnchanged = 0;
    int pathsWritten = 0;
    int pathsUnchanged = 0;
    int failures = 0;

    progress.stage("Writing", snapshot.objects().size() + snapshot.paths().size());
    List<ObjectSource> changedObjects = new ArrayList<>();
    for (ObjectSource o : snapshot.objects()) {
      if (unchanged(objectsInGraph.get(o.key()), o.object().contentHash(), o.sourceFile())
          && java.util.Set.copyOf(GraphWriter.searchLabels(o)).equals(labelsInGraph.get(o.key()))) {
        objectsUnchanged++;
        progress.advance(1);
      } else {
        changedObjects.add(o);
      }
    }
    List<PathSource> changedPaths = new ArrayList<>();
    for (PathSource p : snapshot.paths()) {
      if (unchanged(pathsInGraph.get(p.key()), p.contentHash(), p.sourceFile())) {
        pathsUnchanged++;
        progress.advance(1);
      } else {
        changedPaths.add(p);
      }
    }
    for (List<ObjectSource> batch :
        batches(changedObjects, OBJECT_BATCH, SnapshotWriter::objectSize)) {
      int failed = writeBatch(batch, writer::upsertObjects, ObjectSource::sourceFile, problems);
      objectsWritten += batch.size() - failed;
      failures += failed;
      progress.advance(batch.size());
    }
    for (List<PathSource> batch : batches(changedPaths, PATH_BATCH, p -> p.nodes().size() * 200L)) {
      int failed = writeBatch(batch, writer::upsertPaths, PathSource::sourceFile, problems);
      pathsWritten += batch.size() - failed;
      failures += failed;
      progress.advance(batch.size());
    }

    held.check();
    // Keys still in the graph but no longer in the tree go, unless their file is still there and
    // merely invalid now: then the last good version stays (the problem is in the report).
    Set<String> keepObjects = new HashSet<>();
    snapshot.objects().forEach(o -> keepObjects.add(o.key()));
    Set<String> keepPaths = new HashSet<>();
    snapshot.paths().forEach(p -> keepPaths.add(p.key()));
    int objectsDeleted = 0;
    for (var entry : objectsInGraph.entrySet()) {
      if (!keepObjects.contains(entry.getKey()) && !snapshot.keepsPrevious(entry.getValue()[1])) {
        writer.deleteObject(entry.getKey());
        objectsDeleted++;
      }
    }
    int pathsDeleted = 0;
    for (var entry : pathsInGraph.entrySet()) {
      if (!keepPaths.contains(entry.getKey()) && !snapshot.keepsPrevious(entry.getValue()[1])) {
        writer.deletePath(entry.getKey());
        pathsDeleted++;
      }
    }
    ImportChanges changes =
        new ImportChanges(
            objectsWritten,
            objectsDeleted,
            objectsUnchanged,
            pathsWritten,
            pathsDeleted,
            pathsUnchanged,
            failures,
            vocabularyWrites.conceptsWritten(),
            vocabularyWrites.conceptsRemoved(),
            vocabularyWrites.schemesWritten(),
            vocabularyWrites.schemesRemoved());
    // Also when this import changed nothing: an import killed after its writes but before this
    // step left placeholders that only this step turns into edges. It writes nothing otherwise.
    progress.stage("Linking", -1);
    writer.resolveReferences();
    return new ImportReport(
        root.toString(),
        started.toString(),
        Instant.now().toString(),
        snapshot.summary(),
        List.copyOf(problems),
        changes);
  }

  /**
   * Writes {@code batch} in one transaction; when that fails nothing of it was written, so its
   * items are written again one transaction each, and only the ones that fail alone are reported
   * (their previous version stays). Returns how many failed.
   */
  private static <T> int writeBatch(
      List<T> batch,
      Consumer<List<T>> write,
      Function<T, String> file,
      List<ImportProblem> problems) {
    try {
      write.accept(batch);
      return 0;
    } catch (RuntimeException batchFailure) {
      if (batch.size() == 1) {
        problems.add(writeFailed(file.apply(batch.get(0)), batchFailure));
        return 1;
      }
      log.debug("A batch of {} failed; writing its items one by one", batch.size(), batchFailure);
      int failed = 0;
      for (T item : batch) {
        try {
          write.accept(List.of(item));
        } catch (RuntimeException e) {
          failed++;
          problems.add(writeFailed(file.apply(item), e));
        }
      }
      return failed;
    }
  }

  /**
   * Splits {@code items} into batches of at most {@code maxItems} items and about {@code
   * MAX_BATCH_BYTES} of content, so one transaction stays small whatever the objects weigh.
   */
  private static <T> List<List<T>> batches(List<T> items, int maxItems, ToLongFunction<T> size) {
    List<List<T>> out = new ArrayList<>();
    List<T> current = new ArrayList<>();
    long bytes = 0;
    for (T item : items) {
      long itemBytes = size.applyAsLong(item);
      if (!current.isEmpty()
          && (current.size() >= maxItems || bytes + itemBytes > MAX_BATCH_BYTES)) {
        out.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(item);
      bytes += itemBytes;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static long objectSize(ObjectSource o) {
    return 1_000L + (o.object().markdown() == null ? 0 : o.object().markdown().length() * 2L);
  }

  /** A warning for each concept an object is about that no vocabulary describes. */
  private static List<ImportProblem> unknownConcepts(
      ContentSnapshot snapshot, Vocabulary vocabulary) {
    List<ImportProblem> result = new ArrayList<>();
    if (!vocabulary.present()) {
      return result;
    }
    for (ObjectSource o : snapshot.objects()) {
      for (String uri : o.object().conceptUris()) {
        if (!vocabulary.concepts().containsKey(uri)) {
          result.add(
              new ImportProblem(
                  Severity.WARNING,
                  "UNKNOWN_CONCEPT",
                  o.sourceFile(),
                  "skos_concepts",
                  "concept "
                      + uri
                      + " is in no vocabulary ("
                      + String.join(", ", vocabulary.files())
                      + "); it is labelled by its URI"));
        }
      }
    }
    return result;
  }

  private static boolean unchanged(String[] inGraph, String hash, String file) {
    return inGraph != null && hash.equals(inGraph[0]) && file.equals(inGraph[1]);
  }

  private static ImportProblem writeFailed(String file, RuntimeException e) {
    log.warn("Writing {} failed", file, e);
    return new ImportProblem(
        Severity.ERROR,
        "WRITE_FAILED",
        file,
        null,
        "could not be written to the database, its previous version is kept: " + e.getMessage());
  }
}
