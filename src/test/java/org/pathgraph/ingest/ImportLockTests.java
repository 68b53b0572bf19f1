package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pathgraph.ingest.lock.ImportInProgressException;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.TestGraphs;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.GraphDump;

/**
 * The database-held import lock: one import at a time, also from importers that share nothing but
 * the database (as two server instances do); a dead holder's lock is taken over.
 */
class ImportLockTests {

  private final Driver driver = TestGraphs.driver();
  private final Graph graph = TestGraphs.graph();

  @BeforeEach
  void emptyGraph() {
    TestGraphs.clear();
  }

  @Test
  void aSecondImporterIsRefusedWhileTheFirstWritesAndTheGraphIsTheFirstOnesAlone()
      throws Exception {
    Path big = ContentTrees.generated(300, 20, "first");
    Path other = ContentTrees.generated(50, 5, "second");
    Importer first = importer(Importer.LOCK_LEASE);
    Importer second = importer(Importer.LOCK_LEASE);

    CompletableFuture<ImportReport> running =
        CompletableFuture.supplyAsync(() -> first.importTree(big));
    waitUntil(() -> count("LearningObject") > 0 || running.isDone());
    assertThat(running).isNotDone();
    assertThatThrownBy(() -> second.importTree(other))
        .isInstanceOf(ImportInProgressException.class)
        .hasMessageContaining("already running");
    ImportReport report = running.get(5, TimeUnit.MINUTES);
    assertThat(report.errorCount()).isZero();
    GraphDump afterBoth = GraphDump.of(driver);

    TestGraphs.clear();
    importer(Importer.LOCK_LEASE).importTree(big);
    assertThat(afterBoth).isEqualTo(GraphDump.of(driver));
    // Released: the second importer may run now.
    assertThat(second.importTree(other).errorCount()).isZero();
  }

  @Test
  void aLockHeldByAProcessOfThisHostThatDiedIsTakenOverAtOnce() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String host = ManagementFactory.getRuntimeMXBean().getName().split("@", 2)[1];
    holdLock(gone.pid() + "@" + host + "/killed-importer", "PT10M");

    ImportReport report =
        importer(Importer.LOCK_LEASE).importTree(ContentTrees.generated(5, 1, "x"));

    assertThat(report.summary().objectsImported()).isEqualTo(5);
    assertThat(count("ImportLock")).as("released after the import").isZero();
  }

  @Test
  void aLiveOrRemoteHolderKeepsTheLockUntilItsLeaseRunsOut() {
    Path tree = ContentTrees.generated(5, 1, "x");
    Importer importer = importer(Importer.LOCK_LEASE);
    // This very process is alive, and a holder on another host cannot be checked.
    holdLock(ManagementFactory.getRuntimeMXBean().getName() + "/other-importer", "PT10M");
    assertThatThrownBy(() -> importer.importTree(tree))
        .isInstanceOf(ImportInProgressException.class);
    holdLock("4242@some-other-host/remote-importer", "PT10M");
    assertThatThrownBy(() -> importer.importTree(tree))
        .isInstanceOf(ImportInProgressException.class);

    holdLock("4242@some-other-host/remote-importer", "-PT1S");
    assertThat(importer.importTree(tree).summary().objectsImported()).isEqualTo(5);
  }

  @Test
  void aLongImportRenewsItsLeaseSoNobodyTakesItsLockMeanwhile() throws Exception {
    Path big = ContentTrees.generated(200, 10, "renewed");
    Importer longRunning = importer(Duration.ofMillis(600));
    Importer other = importer(Duration.ofMillis(600));
    CompletableFuture<ImportReport> running =
        CompletableFuture.supplyAsync(() -> longRunning.importTree(big));
    waitUntil(() -> count("LearningObject") > 0 || running.isDone());
    int refusals = 0;
    while (!running.isDone()) {
      // Several leases long: without renewal the lock would be free by now.
      try {
        other.importTree(ContentTrees.generated(3, 1, "intruder"));
        break;
      } catch (ImportInProgressException expected) {
        refusals++;
      }
      Thread.sleep(300);
    }
    assertThat(running.get(5, TimeUnit.MINUTES).errorCount()).isZero();
    assertThat(refusals).isGreaterThan(0);
    assertThat(count("LearningObject")).isEqualTo(200);
  }

  private Importer importer(Duration lease) {
    return new Importer(
        graph,
        new ImportStatus(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
        lease);
  }

  private void holdLock(String holder, String lease) {
    driver
        .executableQuery(
            "MERGE (l:ImportLock {id: 'import'})"
                + " SET l.holder = $holder, l.expiresAt = datetime() + duration($lease)")
        .withParameters(Map.of("holder", holder, "lease", lease))
        .execute();
  }

  private long count(String label) {
    return driver
        .executableQuery("MATCH (n:" + label + ") RETURN count(n) AS n")
        .execute()
        .records()
        .get(0)
        .get("n")
        .asLong();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
