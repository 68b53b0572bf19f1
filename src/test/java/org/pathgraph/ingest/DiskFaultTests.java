package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.neo4j.TestGraphs;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.GraphDump;

/**
 * Faults of the disk under a content tree: folders that disappear during an import, unreadable
 * files, symbolic-link loops and links out of the tree, files that change while they are read. Each
 * is reported with its file and a code, the rest of the tree is read, the graph stays what a clean
 * import of the tree as it ends up would give.
 */
class DiskFaultTests {

  @Test
  void foldersDisappearingDuringAnImportAreReportedAndTheGraphMatchesTheTreeLeft()
      throws Exception {
    Path tree = ContentTrees.generated(60, 6, "v1");
    TestGraphs.clear();
    Importer importer = importer();
    importer.importTree(tree);
    ContentTrees.copy(ContentTrees.generated(60, 6, "v2"), tree);

    List<Path> folders;
    try (Stream<Path> walk = Files.walk(tree.resolve("learning_objects/gen"), 2)) {
      folders = walk.filter(p -> p.getFileName().toString().startsWith("gen_")).toList();
    }
    AtomicBoolean done = new AtomicBoolean();
    CompletableFuture<Integer> deleter =
        CompletableFuture.supplyAsync(
            () -> {
              int deleted = 0;
              // Every third folder goes while the import reads and writes.
              for (int i = folders.size() - 1; i >= 0 && !done.get(); i -= 3) {
                deleteTree(folders.get(i));
                deleted++;
              }
              return deleted;
            });
    ImportReport report = importer.importTree(tree);
    done.set(true);
    assertThat(deleter.get()).isPositive();
    assertThat(report.problems())
        .allSatisfy(p -> assertThat(p.file()).isNotBlank())
        .extracting(ImportProblem::code)
        .doesNotContain("READ_FAILED", "WRITE_FAILED");

    // The next import, of the tree as it is now, makes the graph a clean import of that tree.
    importer.importTree(tree);
    GraphDump incremental = GraphDump.of(TestGraphs.driver());
    TestGraphs.clear();
    importer.importTree(tree);
    assertThat(incremental).isEqualTo(GraphDump.of(TestGraphs.driver()));
  }

  @Test
  void anUnreadableFileIsAnErrorOfThatFileAndKeepsItsPreviousVersion() throws Exception {
    Path tree = ContentTrees.generated(5, 1, "x");
    String rel = "learning_objects/gen/2/gen_00002/index.md";
    Path file = tree.resolve(rel);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      // As root (CI), read in a child JVM without CAP_DAC_OVERRIDE: see UnprivilegedRead.
      UnprivilegedRead read = UnprivilegedRead.read(tree, file, List.of(rel));
      assertThat(read.problemsOf(rel))
          .extracting(ImportProblem::severity, ImportProblem::code)
          .containsExactly(tuple(Severity.ERROR, "UNREADABLE_FILE"));
      assertThat(read.objects()).isEqualTo(4);
      assertThat(read.keepsPrevious(rel)).isTrue();
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void anUnreadableFolderKeepsThePreviousVersionOfWhatItHolds() throws Exception {
    Path tree = ContentTrees.generated(5, 1, "x");
    Path folder = tree.resolve("learning_objects/gen/3");
    String inside = "learning_objects/gen/3/gen_00003/index.md";
    String beside = "learning_objects/gen/2/gen_00002/index.md";
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      UnprivilegedRead read = UnprivilegedRead.read(tree, folder, List.of(inside, beside));
      assertThat(read.problemsOf("learning_objects/gen/3"))
          .extracting(ImportProblem::severity, ImportProblem::code)
          .containsExactly(tuple(Severity.ERROR, "UNREADABLE_FOLDER"));
      assertThat(read.objects()).isEqualTo(4);
      assertThat(read.keepsPrevious(inside)).isTrue();
      assertThat(read.keepsPrevious(beside)).isFalse();
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void linkLoopsAndLinksOutOfTheTreeAreReportedAndNotFollowed() throws IOException {
    Path tree = ContentTrees.generated(4, 1, "x");
    Path objects = tree.resolve("learning_objects");
    Files.createSymbolicLink(objects.resolve("gen/0/loop"), objects);
    Path self = Files.createDirectories(objects.resolve("self"));
    Files.createSymbolicLink(self.resolve("index.md"), self.resolve("index.md"));
    Files.createSymbolicLink(objects.resolve("outside"), Path.of("/etc"));
    Path passwd = Files.createDirectories(objects.resolve("passwd"));
    Files.createSymbolicLink(passwd.resolve("metadata.yaml"), Path.of("/etc/hostname"));
    // A link inside the tree is followed: the object it leads to is read (and is a duplicate).
    Files.createSymbolicLink(objects.resolve("alias"), objects.resolve("gen/1"));

    ContentSnapshot snapshot = new ContentReader().read(tree);

    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/gen/0/loop"))
        .extracting(ImportProblem::code)
        .containsExactly("LINK_LOOP");
    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/self/index.md"))
        .extracting(ImportProblem::code)
        .containsExactly("BROKEN_LINK");
    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/outside"))
        .extracting(ImportProblem::code)
        .containsExactly("LINK_OUTSIDE_TREE");
    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/passwd/metadata.yaml"))
        .extracting(ImportProblem::code)
        .containsExactly("LINK_OUTSIDE_TREE");
    // "alias" sorts before "gen": the link's path wins the key, the original is the duplicate.
    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/gen/1/gen_00001/index.md"))
        .extracting(ImportProblem::code)
        .contains("DUPLICATE_OBJECT_KEY");
    assertThat(snapshot.objects()).hasSize(4);
  }

  @Test
  void aFileThatKeepsChangingWhileReadIsRefusedAndItsPreviousVersionKept() throws Exception {
    Path tree = ContentTrees.generated(3, 1, "x");
    Path file = tree.resolve("learning_objects/gen/1/gen_00001/index.md");
    // Big enough that a read takes long next to an append, so the appends land inside reads.
    Files.writeString(file, "Filler text.\n".repeat(200_000), StandardOpenOption.APPEND);
    AtomicBoolean stop = new AtomicBoolean();
    java.util.concurrent.CountDownLatch appending = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Void> appender =
        CompletableFuture.runAsync(
            () -> {
              byte[] line = "More text.\n".getBytes(StandardCharsets.UTF_8);
              while (!stop.get()) {
                try {
                  Files.write(file, line, StandardOpenOption.APPEND);
                  appending.countDown();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
    try {
      appending.await();
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < 20 && !codes.contains("FILE_CHANGING"); i++) {
        ContentSnapshot snapshot = new ContentReader().read(tree);
        List<ImportProblem> problems =
            Fixtures.problemsOf(snapshot, "learning_objects/gen/1/gen_00001/index.md").stream()
                .filter(p -> p.severity() == Severity.ERROR)
                .toList();
        problems.forEach(p -> codes.add(p.code()));
        if (problems.isEmpty()) {
          // A read between two appends is a true picture of the file at that moment.
          ObjectSource o = Fixtures.object(snapshot, "gen_00001/en/1").orElseThrow();
          assertThat(o.object().markdown()).startsWith("# Object 1");
        } else {
          assertThat(snapshot.keepsPrevious("learning_objects/gen/1/gen_00001/index.md")).isTrue();
        }
        assertThat(snapshot.objects()).extracting(s -> s.object().hruid()).contains("gen_00000");
      }
      assertThat(codes).contains("FILE_CHANGING").containsOnly("FILE_CHANGING");
    } finally {
      stop.set(true);
      appender.get();
    }
  }

  @Test
  void aFileRewrittenInPlaceIsReadWholeOrRefusedNeverHalfAndHalf() throws Exception {
    Path tree = ContentTrees.generated(2, 1, "x");
    Path file = tree.resolve("learning_objects/gen/0/gen_00000/index.md");
    String a = Files.readString(file).replace("# Object 0", "# Version A\n" + "a".repeat(1500));
    String b = Files.readString(file).replace("# Object 0", "# Version B\n" + "b".repeat(1500));
    AtomicBoolean stop = new AtomicBoolean();
    CompletableFuture<Void> editor =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; !stop.get(); i++) {
                try {
                  Files.writeString(file, i % 2 == 0 ? a : b);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
    Set<String> allowedCodes = Set.of("FILE_CHANGING", "EMPTY_FILE", "NO_FRONT_MATTER");
    try {
      for (int i = 0; i < 30; i++) {
        ContentSnapshot snapshot = new ContentReader().read(tree);
        var object = Fixtures.object(snapshot, "gen_00000/en/1");
        if (object.isPresent()) {
          String body = object.get().object().markdown();
          assertThat(body.contains("aaaa") && body.contains("bbbb")).isFalse();
        } else {
          assertThat(Fixtures.problemsOf(snapshot, "learning_objects/gen/0/gen_00000/index.md"))
              .filteredOn(p -> p.severity() == Severity.ERROR)
              .extracting(ImportProblem::code)
              .isNotEmpty()
              .allSatisfy(code -> assertThat(allowedCodes).contains(code));
        }
      }
    } finally {
      stop.set(true);
      editor.get();
    }
  }

  private static Importer importer() {
    return new Importer(
        TestGraphs.graph(),
        new ImportStatus(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
        Importer.LOCK_LEASE);
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Already partly gone: that is the fault under test.
    }
  }
}
