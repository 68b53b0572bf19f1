package org.pathgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** A request's deadline is the transaction timeout of the Cypher it runs. */
class GraphDeadlineTests {

  // A four-way cartesian product of the nodes below, with a filter the planner cannot answer from
  // counts: 200^4 rows, minutes of work.
  private static final String SLOW =
      "MATCH (a:SlowTest), (b:SlowTest), (c:SlowTest), (d:SlowTest)"
          + " WHERE size(a.key + b.key + c.key + d.key) < 0 RETURN count(*) AS n";

  private final Driver driver = TestGraphs.driver();
  private final Graph graph = TestGraphs.graph();

  @BeforeEach
  void nodes() {
    driver
        .executableQuery("UNWIND range(1, 200) AS i CREATE (:SlowTest {key: toString(i)})")
        .execute();
  }

  @AfterEach
  void clear() {
    driver.executableQuery("MATCH (n:SlowTest) DELETE n").execute();
  }

  @Test
  void theDeadlineCancelsRunningCypher() {
    RequestDeadline.start(Duration.ofMillis(500));
    long started = System.nanoTime();
    try {
      assertThatThrownBy(() -> graph.readText(SLOW, Map.of()))
          .isInstanceOf(RequestTimeoutException.class)
          .hasMessageContaining("500 ms");
    } finally {
      RequestDeadline.clear();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(millis).isLessThan(5000);
    // The database no longer runs it.
    var running =
        driver
            .executableQuery("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
            .execute()
            .records()
            .stream()
            .map(rec -> rec.get("currentQuery").asString(""))
            .filter(q -> q.contains(":SlowTest"))
            .filter(q -> !q.contains("SHOW TRANSACTIONS"))
            .toList();
    assertThat(running).isEmpty();
  }

  @Test
  void everyStatementHasItsFileAndPlans() {
    CypherQueries queries = CypherQueries.load();
    for (Statement s : Statement.values()) {
      assertThat(queries.get(s)).as(s.file()).isNotBlank();
    }
  }
}
