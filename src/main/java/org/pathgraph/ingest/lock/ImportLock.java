package org.pathgraph.ingest.lock;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database-held lock that keeps imports from interleaving, also across server instances. A
 * holder takes a short lease and renews it while it runs, so a holder that died frees the lock when
 * its lease runs out; a holder that died on this host (its process is gone) is taken over at once,
 * so a restarted server does not wait for the lease of the one that was killed.
 */
public final class ImportLock {

  private static final Logger log = LoggerFactory.getLogger(ImportLock.class);

  private final Graph graph;
  private final Duration lease;
  private final String holder;

  /**
   * @param lease how long the lock outlives a holder that stops renewing it
   */
  public ImportLock(Graph graph, Duration lease) {
    this.graph = graph;
    this.lease = lease;
    // "pid@host/random": the host and pid let another process on this host see that it died.
    this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  }

  String holder() {
    return holder;
  }

  /**
   * Takes the lock, or throws {@link ImportInProgressException} while a live holder has it.
   *
   * @return the held lock, renewed in the background until closed
   */
  public Held acquire() {
    Record row = tryAcquire(null);
    if (!row.get("acquired").asBoolean()) {
      String other = row.get("holder").asString();
      if (!deadOnThisHost(other)) {
        throw new ImportInProgressException(other);
      }
      log.warn(
          "Import lock holder {} is no longer running on this host: taking the lock over", other);
      row = tryAcquire(other);
      if (!row.get("acquired").asBoolean()) {
        throw new ImportInProgressException(row.get("holder").asString());
      }
    }
    return new Held();
  }

  private Record tryAcquire(String dead) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("holder", holder);
    parameters.put("lease", lease.toString());
    parameters.put("dead", dead);
    return run(Statement.ACQUIRE_LOCK, parameters).get(0);
  }

  /** Runs a lock statement in its own write transaction and returns its rows. */
  private List<Record> run(Statement name, Map<String, Object> parameters) {
    return graph.writeOutsideDeadline(name, parameters);
  }

  /**
   * True when {@code other} names a process of this host (same host name) that no longer runs. A
   * holder of another host, or one whose name does not parse, is alive until its lease runs out.
   */
  static boolean deadOnThisHost(String other) {
    String self = ManagementFactory.getRuntimeMXBean().getName();
    int at = other.indexOf('@');
    int slash = other.indexOf('/', at + 1);
    int selfAt = self.indexOf('@');
    if (at <= 0 || slash < 0 || selfAt <= 0) {
      return false;
    }
    if (!other.substring(at + 1, slash).equals(self.substring(selfAt + 1))) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(other.substring(0, at));
    } catch (NumberFormatException e) {
      return false;
    }
    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
  }

  /** The lock while held: its lease is renewed at a third of its length until closed. */
  public final class Held implements AutoCloseable {

    private final ScheduledExecutorService renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "import-lock-renewer");
              t.setDaemon(true);
              return t;
            });
    private volatile boolean lost;

    private Held() {
      long every = Math.max(100, lease.toMillis() / 3);
      renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    private void renew() {
      try {
        if (run(Statement.RENEW_LOCK, Map.of("holder", holder, "lease", lease.toString()))
            .isEmpty()) {
          lost = true;
          log.error("Import lock lost (its lease ran out and another import took it): stopping");
          renewer.shutdown();
        }
      } catch (RuntimeException e) {
        // The database may be briefly unreachable; the next renewal tries again within the lease.
        log.warn("Renewing the import lock failed: {}", e.getMessage());
      }
    }

    /** Throws when the lock was lost, so an import stops before writing what it no longer owns. */
    public void check() {
      if (lost) {
        throw new IllegalStateException("the import lock was lost: another import took it over");
      }
    }

    @Override
    public void close() {
      renewer.shutdownNow();
      graph.write(Statement.RELEASE_LOCK, Map.of("holder", holder));
    }
  }
}
