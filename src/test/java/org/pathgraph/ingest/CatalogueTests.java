package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.neo4j.TestGraphs;
import org.pathgraph.support.GraphDump;

/**
 * The catalogue of bad input ({@code src/test/resources/ingest/catalogue.tsv}): every hand-made bad
 * file produces its problem code, is rejected or imported as listed, and never stops the rest of
 * the tree from being read. Big inputs are generated here rather than committed.
 */
class CatalogueTests {

  private static ContentSnapshot tree;
  private static ContentSnapshot catalogue;

  @BeforeAll
  static void readTrees() {
    tree = new ContentReader().read(resource("tree"));
    catalogue = new ContentReader().read(resource("catalogue"));
  }

  @TestFactory
  Stream<DynamicTest> everyCatalogueEntryHasItsProblemCodeAndOutcome() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(resource("catalogue.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      String entry = cols[0];
      boolean imported = cols[1].equals("yes");
      List<String> codes = cols.length > 2 ? Arrays.asList(cols[2].split(",")) : List.of();
      tests.add(
          DynamicTest.dynamicTest(
              entry,
              () -> {
                ContentSnapshot snapshot = entry.startsWith("tree/") ? tree : catalogue;
                String file = entry.substring(entry.indexOf('/') + 1);
                List<ImportProblem> problems = Fixtures.problemsOf(snapshot, file);
                assertThat(problems).extracting(ImportProblem::code).containsAll(codes);
                assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
                assertThat(problems).extracting(ImportProblem::code).doesNotContain("READ_FAILED");
                boolean wasImported =
                    snapshot.objects().stream().anyMatch(o -> o.sourceFile().equals(file))
                        || snapshot.paths().stream().anyMatch(p -> p.sourceFile().equals(file));
                assertThat(wasImported).as("imported").isEqualTo(imported);
                assertThat(snapshot.rejectedFiles().contains(file)).isEqualTo(!imported);
                if (!imported) {
                  assertThat(problems)
                      .filteredOn(p -> p.severity() == Severity.ERROR)
                      .extracting(ImportProblem::code)
                      .contains(codes.get(0));
                }
              }));
    }
    return tests.stream();
  }

  @Test
  void aLanguageSpecificYamlTagBuildsNothing() {
    assertThat(Fixtures.problemsOf(catalogue, "learning_objects/yaml_tags/index.md"))
        .anySatisfy(p -> assertThat(p.message()).contains("java.io.File"));
  }

  @Test
  void referencesOutOfTheFolderAreNamedAndTheOthersAreNot() {
    assertThat(Fixtures.problemsOf(catalogue, "learning_objects/escaping_refs/index.md"))
        .filteredOn(p -> p.code().equals("REFERENCE_OUTSIDE_FOLDER"))
        .extracting(ImportProblem::message)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("../../../../etc/passwd"))
        .anySatisfy(m -> assertThat(m).contains("../good/index.md"))
        .anySatisfy(m -> assertThat(m).contains("..%2F..%2Fsecret.png"));
  }

  @Test
  void aTwentyMegabyteFileIsRefusedUnreadAndTheRestIsRead(@TempDir Path root) throws IOException {
    Path big = copyGood(root, "big").resolve("index.md");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(
          "---\nhruid: big\nlanguage: en\nversion: 1\ncontent_type: text/markdown\n---\n"
              .getBytes(StandardCharsets.UTF_8));
      byte[] line =
          "All work and no play makes a very big file.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    long start = System.nanoTime();
    ContentSnapshot snapshot = new ContentReader().read(root);
    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/big/index.md"))
        .extracting(ImportProblem::code)
        .containsExactly("FILE_TOO_LARGE");
    assertThat(snapshot.objects()).extracting(s -> s.object().hruid()).containsExactly("cat_good");
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void aPathOfAHundredThousandNodesIsRefusedQuickly(@TempDir Path root) throws IOException {
    copyGood(root, "good");
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      nodes.append(i == 0 ? "" : ",").append("{\"learningobject_hruid\":\"n").append(i);
      nodes.append("\",\"language\":\"en\",\"transitions\":[{\"next\":");
      nodes.append("{\"hruid\":\"n").append(i + 1).append("\"}}]}");
    }
    Path file = Files.createDirectories(root.resolve("learning_paths")).resolve("huge.json");
    Files.writeString(
        file, "{\"hruid\": \"huge\", \"language\": \"en\", \"nodes\": [" + nodes + "]}");
    assertThat(Files.size(file)).isLessThan(ContentReader.DEFAULT_MAX_FILE_BYTES);

    long start = System.nanoTime();
    ContentSnapshot snapshot = new ContentReader().read(root);
    assertThat(Fixtures.problemsOf(snapshot, "learning_paths/huge.json"))
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .extracting(ImportProblem::code)
        .containsExactly("TOO_MANY_NODES");
    assertThat(snapshot.paths()).isEmpty();
    assertThat(snapshot.objects()).hasSize(1);
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  @Test
  void theWholeCatalogueImportsWithoutAWriteFailureNextToTheGoodObject() {
    TestGraphs.clear();
    var importer =
        new Importer(
            TestGraphs.graph(),
            new ImportStatus(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
            Importer.LOCK_LEASE);
    ImportReport report = importer.importTree(resource("catalogue"));
    assertThat(report.problems()).extracting(ImportProblem::code).doesNotContain("WRITE_FAILED");
    assertThat(report.changes().objectsWritten()).isEqualTo(catalogue.objects().size());
    assertThat(report.changes().pathsWritten()).isEqualTo(catalogue.paths().size());
    Map<String, Long> nodes = GraphDump.of(TestGraphs.driver()).nodes();
    assertThat(nodes.get("LearningObject")).isEqualTo(catalogue.objects().size());
  }

  private static Path copyGood(Path root, String folder) throws IOException {
    Path target = Files.createDirectories(root.resolve("learning_objects/" + folder));
    Path good = Files.createDirectories(root.resolve("learning_objects/good"));
    Files.copy(
        resource("catalogue").resolve("learning_objects/good/index.md"),
        good.resolve("index.md"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  private static Path resource(String name) {
    try {
      return Path.of(CatalogueTests.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
