package org.pathgraph.ingest.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.content.LearningObject;
import org.pathgraph.ingest.check.ImportSummary.DuplicateKey;
import org.pathgraph.ingest.check.ImportSummary.RejectedFile;
import org.pathgraph.ingest.check.ReferenceChecks.Counts;
import org.pathgraph.ingest.parse.GoalRef;
import org.pathgraph.ingest.parse.ObjectFileReader;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.ingest.parse.ParseMemo;
import org.pathgraph.ingest.parse.PathFileReader;
import org.pathgraph.ingest.parse.PathSource;
import org.pathgraph.ingest.tree.CodePoints;
import org.pathgraph.ingest.tree.TreeWalk;

/** Reads a Dwengo content tree into a {@link ContentSnapshot}, deterministically and offline. */
public final class ContentReader {

  /** Files larger than this are rejected unread. */
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  private final long maxFileBytes;
  private final ParseMemo memo;

  public ContentReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  public ContentReader(long maxFileBytes) {
    this(maxFileBytes, null);
  }

  /** A reader that parses only object files changed since the last read with {@code memo}. */
  public ContentReader(long maxFileBytes, ParseMemo memo) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
    this.memo = memo;
  }

  /**
   * Reads every object and path file below {@code contentRoot}.
   *
   * @throws IllegalArgumentException when it is not a directory holding {@code learning_objects/}
   *     or {@code learning_paths/}
   */
  public ContentSnapshot read(Path contentRoot) {
    if (memo == null) {
      return readTree(contentRoot);
    }
    // One read at a time per memo: it holds what the previous read parsed.
    synchronized (memo) {
      memo.begin(contentRoot.toAbsolutePath().normalize());
      try {
        return readTree(contentRoot);
      } finally {
        memo.end();
      }
    }
  }

  private ContentSnapshot readTree(Path contentRoot) {
    if (!Files.isDirectory(contentRoot)) {
      throw new IllegalArgumentException("not a directory: " + contentRoot);
    }
    Path root = contentRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("learning_objects"))
        && !Files.isDirectory(root.resolve("learning_paths"))) {
      throw new IllegalArgumentException(
          "no learning_objects/ or learning_paths/ folder in " + contentRoot);
    }
    TreeWalk.Listing objectListing =
        TreeWalk.list(
            root,
            root.resolve("learning_objects"),
            f -> ObjectFileReader.OBJECT_FILE_NAMES.contains(f.getFileName().toString()));
    TreeWalk.Listing pathListing =
        TreeWalk.list(
            root,
            root.resolve("learning_paths"),
            f -> f.getFileName().toString().endsWith(".json"));
    List<Path> objectFiles = objectListing.files();
    List<Path> pathFiles = pathListing.files();

    ObjectFileReader objectReader = new ObjectFileReader(root, maxFileBytes, memo);
    PathFileReader pathReader = new PathFileReader(root, maxFileBytes);
    // Parallel parsing; toList() keeps the sorted order, so results stay deterministic.
    List<ObjectFileReader.Parsed> parsedObjects =
        objectFiles.parallelStream().map(objectReader::read).toList();
    List<PathFileReader.Parsed> parsedPaths =
        pathFiles.parallelStream().map(pathReader::read).toList();

    List<ImportProblem> problems = new ArrayList<>();
    problems.addAll(objectListing.problems());
    problems.addAll(pathListing.problems());
    parsedObjects.forEach(p -> problems.addAll(p.problems()));
    parsedPaths.forEach(p -> problems.addAll(p.problems()));

    Winners<ObjectFileReader.Parsed> objects =
        winners(
            parsedObjects.stream().filter(p -> p.object() != null).toList(),
            p -> p.object().key(),
            ObjectFileReader.Parsed::file,
            "DUPLICATE_OBJECT_KEY",
            "object key",
            problems);
    Winners<PathFileReader.Parsed> paths =
        winners(
            parsedPaths.stream().filter(p -> p.path() != null).toList(),
            p -> p.path().key(),
            PathFileReader.Parsed::file,
            "DUPLICATE_PATH_KEY",
            "path key",
            problems);
    Set<String> objectKeys = new HashSet<>();
    objects.kept().forEach(p -> objectKeys.add(p.object().key()));
    Set<String> pathKeys = new HashSet<>();
    paths.kept().forEach(p -> pathKeys.add(p.path().key()));

    Counts counts = new Counts();
    for (ObjectFileReader.Parsed parsed : objects.kept()) {
      ReferenceChecks.checkLinks(parsed, objectKeys, pathKeys, counts, problems);
    }
    problems.addAll(EmbedCycles.find(objects.kept().stream().map(p -> p.object()).toList()));
    for (PathFileReader.Parsed parsed : paths.kept()) {
      ReferenceChecks.checkPath(parsed.path(), parsed.file(), objectKeys, counts, problems);
    }

    List<RejectedFile> rejected = new ArrayList<>();
    Stream.concat(
            parsedObjects.stream()
                .filter(p -> p.object() == null)
                .map(ObjectFileReader.Parsed::file),
            parsedPaths.stream().filter(p -> p.path() == null).map(PathFileReader.Parsed::file))
        .forEach(file -> rejected.add(new RejectedFile(file, firstError(problems, file))));
    rejected.sort(Comparator.comparing(RejectedFile::file, CodePoints.ORDER));
    Set<String> rejectedFiles = new LinkedHashSet<>();
    rejected.forEach(r -> rejectedFiles.add(r.file()));
    // A folder that cannot be read keeps the previous version of everything below it.
    objectListing.unreadableFolders().forEach(f -> rejectedFiles.add(f + "/"));
    pathListing.unreadableFolders().forEach(f -> rejectedFiles.add(f + "/"));

    List<ObjectSource> objectSources = objects.kept().stream().map(p -> p.object()).toList();
    List<PathSource> pathSources = paths.kept().stream().map(p -> p.path()).toList();
    // A stable sort: within a file, problems stay in the order they were found.
    problems.sort(Comparator.comparing(ImportProblem::file, CodePoints.ORDER));
    ImportSummary summary =
        summary(
            objectFiles.size(),
            (int) parsedObjects.stream().filter(p -> p.object() == null).count(),
            objectSources,
            objects,
            pathFiles.size(),
            pathSources,
            paths,
            counts,
            rejected);
    return new ContentSnapshot(
        objectSources,
        pathSources,
        List.copyOf(problems),
        summary,
        Collections.unmodifiableSet(rejectedFiles));
  }

  /** The files that keep their key and the keys claimed by several files. */
  private record Winners<T>(List<T> kept, List<DuplicateKey> duplicates) {}

  /** Keeps, per key, the file whose relative path is smallest; the input is in that order. */
  private static <T> Winners<T> winners(
      List<T> parsed,
      Function<T, String> key,
      Function<T, String> file,
      String code,
      String what,
      List<ImportProblem> problems) {
    Map<String, List<T>> byKey = new LinkedHashMap<>();
    parsed.forEach(p -> byKey.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
    List<T> kept = new ArrayList<>();
    List<DuplicateKey> duplicates = new ArrayList<>();
    byKey.forEach(
        (k, claims) -> {
          kept.add(claims.get(0));
          if (claims.size() > 1) {
            String winner = file.apply(claims.get(0));
            List<String> losers = claims.subList(1, claims.size()).stream().map(file).toList();
            duplicates.add(new DuplicateKey(k, winner, losers));
            for (String loser : losers) {
              problems.add(
                  new ImportProblem(
                      Severity.WARNING,
                      code,
                      loser,
                      null,
                      what
                          + " "
                          + k
                          + " is also claimed by "
                          + winner
                          + ", which wins (its path sorts first): this file is not imported"));
            }
          }
        });
    kept.sort(Comparator.comparing(file, CodePoints.ORDER));
    duplicates.sort(Comparator.comparing(DuplicateKey::key, CodePoints.ORDER));
    return new Winners<>(List.copyOf(kept), List.copyOf(duplicates));
  }

  private static String firstError(List<ImportProblem> problems, String file) {
    return problems.stream()
        .filter(p -> p.file().equals(file) && p.severity() == Severity.ERROR)
        .map(ImportProblem::code)
        .findFirst()
        .orElseThrow();
  }

  private static ImportSummary summary(
      int objectFiles,
      int objectFilesRejected,
      List<ObjectSource> objects,
      Winners<ObjectFileReader.Parsed> objectWinners,
      int pathFiles,
      List<PathSource> paths,
      Winners<PathFileReader.Parsed> pathWinners,
      Counts counts,
      List<RejectedFile> rejected) {
    Map<String, Integer> byLanguage = new TreeMap<>(CodePoints.ORDER);
    Map<String, Integer> byContentType = new TreeMap<>(CodePoints.ORDER);
    Set<String> concepts = new HashSet<>();
    Set<GoalRef> goals = new HashSet<>();
    int teacherExclusive = 0;
    for (ObjectSource source : objects) {
      LearningObject object = source.object();
      byLanguage.merge(object.language(), 1, Integer::sum);
      byContentType.merge(object.contentType(), 1, Integer::sum);
      teacherExclusive += object.teacherExclusive() ? 1 : 0;
      concepts.addAll(object.conceptUris());
      goals.addAll(source.goals());
    }
    return new ImportSummary(
        objectFiles,
        objects.size(),
        Collections.unmodifiableMap(byLanguage),
        Collections.unmodifiableMap(byContentType),
        teacherExclusive,
        objectWinners.duplicates().size(),
        objectWinners.duplicates().stream().mapToInt(d -> d.losers().size()).sum(),
        objectFilesRejected,
        pathFiles,
        paths.size(),
        pathWinners.duplicates().size(),
        counts.pathNodes,
        counts.pathTransitions,
        counts.danglingNodeRefs,
        counts.danglingTransitionRefs,
        counts.pathsWithoutExactlyOneStartNode,
        concepts.size(),
        goals.size(),
        counts.crossPathLinks,
        counts.crossPathLinksResolved,
        counts.objectReferences,
        counts.objectReferencesResolved,
        objectWinners.duplicates(),
        pathWinners.duplicates(),
        List.copyOf(rejected));
  }
}
