package org.pathgraph.neo4j;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;

/**
 * The one way the application runs Cypher: the {@link Statement}s of {@code cypher/queries}, reads
 * routed to readers and writes to the leader, every round trip counted (tests assert the bound and
 * the benchmark reports it).
 */
@Component
public class Graph {

  private static final QueryConfig READ =
      QueryConfig.builder().withRouting(RoutingControl.READ).build();
  private static final QueryConfig WRITE =
      QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

  private final Driver driver;
  private final CypherQueries queries;
  private final AtomicLong roundTrips = new AtomicLong();

  /** Takes the schema so that the statements are planned against the schema they run on. */
  Graph(Driver driver, GraphSchema schema) {
    this.driver = driver;
    this.queries = CypherQueries.load();
    plan();
  }

  /**
   * Has the database plan every statement ({@code EXPLAIN}: nothing runs, no parameter is needed),
   * so broken Cypher fails the start-up and names its file; the plans also warm the query cache.
   */
  private void plan() {
    for (Statement statement : Statement.values()) {
      try {
        driver.executableQuery("EXPLAIN " + queries.get(statement)).execute();
      } catch (Neo4jException e) {
        throw new IllegalStateException(
            "cypher/queries/" + statement.file() + ".cypher does not plan: " + e.getMessage(), e);
      }
    }
  }

  /** The records of read statement {@code name}, run in a read transaction. */
  public List<Record> read(Statement name, Map<String, Object> parameters) {
    return run(name, parameters, READ).records();
  }

  /**
   * Runs a batched read statement that takes {@code $keys} (and {@code $role}) and returns one row
   * per key with a list column: the lists by key, each element mapped by {@code mapper}, empty for
   * keys without a row.
   */
  public <T> Map<String, List<T>> readLists(
      Statement name,
      Collection<String> keys,
      String role,
      String column,
      Function<org.neo4j.driver.Value, T> mapper) {
    return readLists(name, keys, Map.of("role", role), column, mapper);
  }

  /** {@link #readLists}, the statement taking {@code parameters} beside {@code $keys}. */
  public <T> Map<String, List<T>> readLists(
      Statement name,
      Collection<String> keys,
      Map<String, Object> parameters,
      String column,
      Function<org.neo4j.driver.Value, T> mapper) {
    Map<String, List<T>> result = new HashMap<>();
    keys.forEach(k -> result.put(k, List.of()));
    for (Record r : read(name, withKeys(keys, parameters))) {
      result.put(r.get("key").asString(), r.get(column).asList(mapper::apply));
    }
    return result;
  }

  /**
   * Runs a batched read statement that returns at most one row per key with a column to map: the
   * mapped values by key, absent for keys without a row.
   */
  public <T> Map<String, T> readOne(
      Statement name,
      Collection<String> keys,
      String role,
      String column,
      Function<org.neo4j.driver.Value, T> mapper) {
    return readOne(name, keys, Map.of("role", role), column, mapper);
  }

  /** {@link #readOne}, the statement taking {@code parameters} beside {@code $keys}. */
  public <T> Map<String, T> readOne(
      Statement name,
      Collection<String> keys,
      Map<String, Object> parameters,
      String column,
      Function<org.neo4j.driver.Value, T> mapper) {
    Map<String, T> result = new HashMap<>();
    for (Record r : read(name, withKeys(keys, parameters))) {
      result.put(r.get("key").asString(), mapper.apply(r.get(column)));
    }
    return result;
  }

  private static Map<String, Object> withKeys(
      Collection<String> keys, Map<String, Object> parameters) {
    Map<String, Object> all = new HashMap<>(parameters);
    all.put("keys", List.copyOf(keys));
    return all;
  }

  /** Runs write statement {@code name} in its own write transaction. */
  public ResultSummary write(Statement name, Map<String, Object> parameters) {
    return run(name, parameters, WRITE).summary();
  }

  /**
   * Runs a statement within the request's deadline, if any: the time left is the transaction's
   * timeout, so the database cancels the statement when the request runs out of time; once the time
   * is up no statement starts.
   */
  private EagerResult run(Statement name, Map<String, Object> parameters, QueryConfig config) {
    return run(queries.get(name), parameters, config);
  }

  /** Runs Cypher text that is not a {@link Statement}: only the deadline's tests do. */
  List<Record> readText(String statement, Map<String, Object> parameters) {
    return run(statement, parameters, READ).records();
  }

  private EagerResult run(String statement, Map<String, Object> parameters, QueryConfig config) {
    RequestDeadline.Limit deadline = RequestDeadline.current();
    if (deadline != null) {
      Duration left = Duration.between(Instant.now(), deadline.at());
      if (left.isNegative() || left.isZero()) {
        throw new RequestTimeoutException(deadline.timeout(), null);
      }
      config =
          QueryConfig.builder()
              .withRouting(config.routing())
              // The driver's timeout has millisecond resolution; never send 0 (no timeout).
              .withTimeout(Duration.ofMillis(Math.max(left.toMillis(), 1)))
              .build();
    }
    roundTrips.incrementAndGet();
    try {
      return driver
          .executableQuery(statement)
          .withParameters(parameters)
          .withConfig(config)
          .execute();
    } catch (Neo4jException e) {
      if (deadline != null
          && (e.code().contains("TransactionTimedOut")
              || e.code().contains("Terminated")
              || !Instant.now().isBefore(deadline.at()))) {
        throw new RequestTimeoutException(deadline.timeout(), e);
      }
      throw e;
    }
  }

  /**
   * Runs write statement {@code name} in its own write transaction and returns its rows, outside
   * any request deadline: the import lock is taken and released this way, and a lock must be
   * released even by a request that ran out of time.
   */
  public List<Record> writeOutsideDeadline(Statement name, Map<String, Object> parameters) {
    roundTrips.incrementAndGet();
    return driver
        .executableQuery(queries.get(name))
        .withParameters(parameters)
        .withConfig(WRITE)
        .execute()
        .records();
  }

  /** Cypher round trips made since start. */
  public long roundTrips() {
    return roundTrips.get();
  }
}
