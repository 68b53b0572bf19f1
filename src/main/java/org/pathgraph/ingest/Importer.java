package org.pathgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.lock.ImportInProgressException;
import org.pathgraph.ingest.lock.ImportLock;
import org.pathgraph.ingest.parse.ParseMemo;
import org.pathgraph.ingest.parse.Vocabulary;
import org.pathgraph.ingest.parse.VocabularyReader;
import org.pathgraph.ingest.write.GraphWriter;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a content tree into the graph incrementally: changed objects and paths are written in
 * batches of a few hundred per transaction, and a batch that fails is written again one item per
 * transaction, so one bad file never aborts the import nor touches other objects; what disappeared
 * from the tree disappears from the graph; an object whose file turned invalid keeps its last good
 * version.
 */
@Service
public class Importer {

  private static final Logger log = LoggerFactory.getLogger(Importer.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How long the import lock outlives a holder that died; a live one renews it. */
  static final Duration LOCK_LEASE = Duration.ofSeconds(30);

  private final Graph graph;
  private final SnapshotWriter writer;
  private final ImportStatus status;
  private final ImportLock lock;

  /** What the previous import parsed: a re-import parses only changed object files. */
  private final ParseMemo memo = new ParseMemo();

  private final List<String> vocabularies;

  @Autowired
  Importer(
      Graph graph,
      org.pathgraph.neo4j.GraphSchema schema,
      ImportStatus status,
      PathgraphProperties properties) {
    this(
        graph,
        status,
        LOCK_LEASE,
        properties.vocabularies() == null ? List.of() : properties.vocabularies());
  }

  /** An importer reading no vocabularies, for tests of the import machinery. */
  Importer(Graph graph, ImportStatus status, Duration lockLease) {
    this(graph, status, lockLease, List.of());
  }

  Importer(Graph graph, ImportStatus status, Duration lockLease, List<String> vocabularies) {
    this.graph = graph;
    this.status = status;
    this.writer = new SnapshotWriter(graph, new GraphWriter(graph));
    this.lock = new ImportLock(graph, lockLease);
    this.vocabularies = List.copyOf(vocabularies);
  }

  /** Imports {@code dir}; refuses with {@link ImportInProgressException} while another runs. */
  public ImportReport importTree(Path dir) {
    return importTree(dir, ImportProgress.NONE);
  }

  /** Imports {@code dir}, telling {@code progress} how far it has come. */
  public ImportReport importTree(Path dir, ImportProgress progress) {
    return importTree(dir, progress, withTreeVocabularies(dir, vocabularies));
  }

  /**
   * The vocabularies read with a tree: the configured ones, then the tree's own {@code
   * vocabularies/} folder, so a vocabulary written for one content tree applies to it alone.
   */
  static List<String> withTreeVocabularies(Path dir, List<String> configured) {
    Path own = dir.resolve(TREE_VOCABULARIES);
    if (!java.nio.file.Files.isDirectory(own)) {
      return configured;
    }
    List<String> all = new ArrayList<>(configured);
    all.add(own.toString());
    return all;
  }

  /** The folder at a content tree's root that holds the tree's own vocabularies. */
  static final String TREE_VOCABULARIES = "vocabularies";

  /**
   * Imports {@code dir} with exactly the vocabularies at {@code vocabularyLocations} (files,
   * folders or {@code classpath:} resources), the tree's own folder included only if listed.
   */
  ImportReport importTree(Path dir, List<String> vocabularyLocations) {
    return importTree(dir, ImportProgress.NONE, vocabularyLocations);
  }

  private ImportReport importTree(
      Path dir, ImportProgress progress, List<String> vocabularyLocations) {
    ImportStatus.Run run = status.started();
    try {
      ImportReport report = importOnce(dir, progress, vocabularyLocations);
      status.finished(run, report);
      return report;
    } catch (RuntimeException e) {
      status.failed(run, e);
      throw e;
    }
  }

  private ImportReport importOnce(
      Path dir, ImportProgress progress, List<String> vocabularyLocations) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("content directory does not exist: " + root);
    }
    Instant started = Instant.now();
    progress.stage("Reading", -1);
    ContentSnapshot snapshot =
        new ContentReader(ContentReader.DEFAULT_MAX_FILE_BYTES, memo).read(root);
    Vocabulary vocabulary = VocabularyReader.read(vocabularyLocations);
    try (ImportLock.Held held = lock.acquire()) {
      ImportReport report = writer.write(root, started, snapshot, vocabulary, progress, held);
      held.check();
      graph.write(
          Statement.SAVE_REPORT,
          Map.of("json", JSON.writeValueAsString(report), "finishedAt", report.finishedAt()));
      log.info(
          "Imported {}: {} objects, {} paths, {} problems ({} errors); changes {}",
          root,
          report.summary().objectsImported(),
          report.summary().pathsImported(),
          report.problems().size(),
          report.errorCount(),
          report.changes());
      return report;
    }
  }

  /** The report of the last import into this database, or null before the first. */
  public ImportReport lastReport() {
    List<Record> rows = graph.read(Statement.LOAD_REPORT, Map.of());
    if (rows.isEmpty()) {
      return null;
    }
    return JSON.readValue(rows.get(0).get("json").asString(), ImportReport.class);
  }
}
