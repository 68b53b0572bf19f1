package org.pathgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.pathgraph.neo4j.EmbeddedNeo4j;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.GraphDump;
import org.pathgraph.support.GraphTestSupport;

/**
 * An import in its own JVM is killed with SIGKILL early, midway and late (progress read from its
 * graph over Bolt); the same command run again on the same data directory completes the import, and
 * the graph then equals a clean import's, dump for dump. The killed holder's import lock does not
 * block the rerun.
 */
@Tag("reliability")
class KilledImportTests {

  // The importer commits objects in batches of 250, so the graph's object count moves in steps of
  // 250; 1000 objects leave a step after the "late" kill point, and the import is still running.
  private static final int OBJECTS = 1000;
  private static Path tree;
  private static GraphDump clean;

  @BeforeAll
  static void cleanImport() throws Exception {
    tree = ContentTrees.generated(OBJECTS, 40, "v1");
    Path data = Path.of(GraphTestSupport.freshDataDir("clean"));
    Process p = importer(data, Servers.freePort(), "import.log");
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log(data, "import.log")).isZero();
    clean = dump(data);
    assertThat(clean.nodes()).containsEntry("LearningObject", (long) OBJECTS);
  }

  @ParameterizedTest(name = "killed {0}")
  @CsvSource({"early, 1", "midway, 500", "late, 750"})
  void aRerunAfterSigkillCompletesTheImportAsIfNothingHappened(String when, long objects)
      throws Exception {
    Path data = Path.of(GraphTestSupport.freshDataDir("killed-" + when));
    int bolt = Servers.freePort();
    Process first = importer(data, bolt, "killed.log");
    long seen = waitFor(first, bolt, n -> n >= objects);
    boolean killed = first.isAlive();
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no lock release, no report
    first.waitFor(1, TimeUnit.MINUTES);
    System.out.println(
        (killed ? "Killed " : "Finished before the kill, ")
            + when
            + " with "
            + seen
            + " objects in the graph");
    assertThat(killed).as("the import was still running at the kill point").isTrue();

    Process rerun = importer(data, Servers.freePort(), "rerun.log");
    assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(rerun.exitValue()).as(log(data, "rerun.log")).isZero();
    assertThat(dump(data)).isEqualTo(clean);
  }

  /** Starts {@code import} of the tree in a child JVM with the test classpath. */
  private static Process importer(Path data, int boltPort, String log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "--add-opens",
            "java.base/java.nio=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.io=ALL-UNNAMED",
            "--add-opens",
            "java.base/sun.nio.ch=ALL-UNNAMED",
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.pathgraph.PathgraphApplication",
            "import",
            tree.toString(),
            "--no-progress",
            "--pathgraph.embedded.data-dir=" + data.resolve("db"),
            "--pathgraph.embedded.bolt-port=" + boltPort,
            "--pathgraph.embedded.page-cache=32m"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(data.resolve(log).toFile())
        .start();
  }

  /** Polls the child's graph until {@code done} holds for its object count; returns the count. */
  private static long waitFor(Process child, int bolt, LongPredicate done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
      while (System.nanoTime() < deadline && child.isAlive()) {
        try {
          long n =
              driver
                  .executableQuery("MATCH (o:LearningObject) RETURN count(o) AS n")
                  .execute()
                  .records()
                  .get(0)
                  .get("n")
                  .asLong();
          if (done.test(n)) {
            return n;
          }
        } catch (RuntimeException notYetListening) {
          // The child is still starting its database.
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the import finished or stalled before the kill point");
  }

  private static GraphDump dump(Path data) {
    try (EmbeddedNeo4j db = EmbeddedNeo4j.start(data.resolve("db"), 0, "32m");
        Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
      return GraphDump.of(driver);
    }
  }

  private static String log(Path data, String name) {
    try {
      return Files.readString(data.resolve(name));
    } catch (java.io.IOException e) {
      return "no log: " + e;
    }
  }
}
