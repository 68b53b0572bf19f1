package org.pathgraph.neo4j;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j whose only door is a TCP Bolt connector on 127.0.0.1, so the application
 * talks to it exactly as it would to an external server. All version-specific internal settings
 * live here.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  private final DatabaseManagementService service;
  private final URI boltUri;

  private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
    this.service = service;
    this.boltUri = boltUri;
  }

  /** Starts a database in {@code dataDir} with Bolt on {@code port} (0 picks a free one). */
  public static EmbeddedNeo4j start(Path dataDir, int port, String pageCache) {
    // Neo4j refuses paths such as ".../app/./data": normalise first.
    Path home = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(home);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create Neo4j data directory " + home, e);
    }
    long started = System.nanoTime();
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            // Auth is off because the connector only listens on loopback.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            // Preallocated transaction logs cost 256 MB per database (system and neo4j) before any
            // data: half a gigabyte for a demo and for every test database. They only pay off on
            // filesystems a production server would tune for, which runs an external Neo4j.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            // Request timeouts reach the database as transaction timeouts; the monitor that
            // enforces them looks every 2 s by default, too coarse for a 10 s request budget.
            .setConfig(
                GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
            // Netty 4.2 (Boot 4) cannot start Neo4j 5.26's in-JVM local connector; the TCP
            // connector the driver uses is unaffected (STACK.md pitfall 1).
            .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
            // Bolt's defaults make shutdown wait about 10 s for idle connections.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
            // Neo4j keeps the last 8192 statements with their parameters (about 1.3 KB each here)
            // for db.stats.retrieve('QUERIES'), which nothing here uses: about 10 MB of heap that
            // grows for the first 8192 statements, which the soak test saw as heap growth.
            .setConfig(GraphDatabaseInternalSettings.data_collector_max_recent_query_count, 64)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
            .build();
    try {
      GraphDatabaseAPI db =
          (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      ConnectorPortRegister ports =
          db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
      var address = ports.getLocalAddress(ConnectorType.BOLT);
      URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
      log.info(
          "Embedded Neo4j started in {} ms: data in {}, Bolt at {}",
          Duration.ofNanos(System.nanoTime() - started).toMillis(),
          home,
          uri);
      return new EmbeddedNeo4j(service, uri);
    } catch (RuntimeException e) {
      service.shutdown();
      throw e;
    }
  }

  /** The Bolt URI the driver connects to. */
  public URI boltUri() {
    return boltUri;
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
