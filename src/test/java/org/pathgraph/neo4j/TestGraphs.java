package org.pathgraph.neo4j;

import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.pathgraph.support.GraphTestSupport;

/**
 * One embedded database for tests that need a graph but no Spring context (importer and lock
 * tests): started on first use, with the application's schema, and stopped when the test JVM ends.
 * Tests clear it with {@link #clear()}; they run one after another in the surefire fork.
 */
public final class TestGraphs {

  private static EmbeddedNeo4j database;
  private static Driver driver;

  private TestGraphs() {}

  /** The driver of the shared test database. */
  public static synchronized Driver driver() {
    if (driver == null) {
      database = EmbeddedNeo4j.start(Path.of(GraphTestSupport.freshDataDir("tests")), 0, "64m");
      driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none());
      new GraphSchema(driver);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    driver.close();
                    database.close();
                  }));
    }
    return driver;
  }

  /** A {@link Graph} over the shared test database. */
  public static Graph graph() {
    return graph(driver());
  }

  /** Empties the shared test database, keeping its schema. */
  public static void clear() {
    try (var session = driver().session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume();
    }
  }

  /** A Graph over another driver, for tests that run their own database. */
  public static Graph graph(Driver driver) {
    return new Graph(driver, new GraphSchema(driver));
  }
}
