package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Objects are written a batch per transaction; a batch holding an object the database refuses is
 * written again object by object, so only that object fails and nothing of it is half-written.
 */
class BatchedImportTests extends DemoContextTests {

  @Autowired Importer importer;
  @Autowired Driver driver;

  @Test
  void aBadObjectFailsAloneAndTheRestOfItsBatchIsWritten() throws IOException {
    Path tree = ContentTrees.demoWithLongPath();
    write(tree, "batch_ok_1", "batch_ok_1");
    write(tree, "batch_ok_2", "batch_ok_2");
    // A key longer than an index entry may be: Neo4j refuses the write, not the reader.
    String huge = "batch_huge_" + "x".repeat(20_000);
    write(tree, "batch_huge", huge);
    try {
      ImportReport report = importer.importTree(tree);

      assertThat(report.changes().objectsWritten()).isEqualTo(2);
      assertThat(report.changes().writeFailures()).isEqualTo(1);
      assertThat(report.problems())
          .filteredOn(p -> p.code().equals("WRITE_FAILED"))
          .singleElement()
          .satisfies(p -> assertThat(p.file()).contains("batch_huge"));
      assertThat(hruids("batch_")).containsExactly("batch_ok_1", "batch_ok_2");
    } finally {
      ImportReport restored = importer.importTree(ContentTrees.demoWithLongPath());
      assertThat(restored.changes().objectsDeleted()).isEqualTo(2);
    }
    assertThat(hruids("batch_")).isEmpty();
  }

  private List<String> hruids(String prefix) {
    return driver
        .executableQuery(
            "MATCH (o:LearningObject) WHERE o.hruid STARTS WITH $prefix"
                + " RETURN o.hruid AS h ORDER BY h")
        .withParameters(Map.of("prefix", prefix))
        .execute()
        .records()
        .stream()
        .map(r -> r.get("h").asString())
        .toList();
  }

  private static void write(Path tree, String folder, String hruid) throws IOException {
    Path dir = tree.resolve("learning_objects/batch/" + folder);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("index.md"),
        """
        ---
        hruid: %s
        language: en
        version: 1
        title: Batch test object
        description: An object of the batched import test.
        content_type: text/markdown
        ---
        # Batch

        Body.
        """
            .formatted(hruid));
  }
}
