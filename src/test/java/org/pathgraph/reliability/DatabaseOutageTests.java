package org.pathgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.EmbeddedNeo4j;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.GraphTestSupport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away under a running server and comes back: while it is gone, GraphQL answers
 * within two seconds with a classified UNAVAILABLE error (no internals) and health is DOWN; once it
 * is back on the same port, the same server answers again, without a restart.
 */
@Tag("reliability")
class DatabaseOutageTests {

  private static final String QUERY =
      "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") { title nodes { ref { hruid }"
          + " learningObject { title keywords } } } }";

  @Test
  void queriesFailFastAndClassifiedWhileTheDatabaseIsDownAndRecoverAfter() throws Exception {
    Path data = Path.of(GraphTestSupport.freshDataDir("outage"));
    int boltPort = Servers.freePort();
    EmbeddedNeo4j database = EmbeddedNeo4j.start(data, boltPort, "64m");
    ConfigurableApplicationContext server = null;
    try {
      server = Servers.start(database.boltUri(), "demo-content");
      int port = Servers.port(server);
      GraphQlHttp client = new GraphQlHttp(port);
      assertThat(client.post(QUERY).body()).contains("Deep learning - basis");
      assertThat(Servers.get(port, "/actuator/health").statusCode()).isEqualTo(200);

      database.close();
      database = null;

      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        long start = System.nanoTime();
        GraphQlHttp.Response r = client.post(QUERY);
        millis.add((System.nanoTime() - start) / 1_000_000);
        assertThat(r.status()).isEqualTo(200);
        List<String> classes = r.read("$.errors[*].extensions.classification");
        assertThat(classes).isNotEmpty().containsOnly("UNAVAILABLE");
        assertThat(r.body())
            .doesNotContain("Exception")
            .doesNotContain("at org.")
            .contains("the database is unavailable");
      }
      System.out.println("Answer times while the database was down (ms): " + millis);
      assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(2000));

      var health = Servers.get(port, "/actuator/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("DOWN");

      database = EmbeddedNeo4j.start(data, boltPort, "64m");
      long back = System.nanoTime();
      String body = "";
      while (System.nanoTime() - back < 60_000_000_000L) {
        body = client.post(QUERY).body();
        if (body.contains("Deep learning - basis") && !body.contains("\"errors\"")) {
          break;
        }
        Thread.sleep(200);
      }
      System.out.println(
          "Answering again " + (System.nanoTime() - back) / 1_000_000 + " ms after the restart");
      assertThat(body).contains("Deep learning - basis").doesNotContain("\"errors\"");
      assertThat(Servers.get(port, "/actuator/health").statusCode()).isEqualTo(200);
    } finally {
      if (server != null) {
        server.close();
      }
      if (database != null) {
        database.close();
      }
    }
  }
}
