package org.pathgraph.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathgraph.PathgraphApplication;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.GraphTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server started as an operator would, with {@code --pathgraph.log.json=true}, in its own JVM
 * (logging is JVM-wide, so not in the test's): every console line is JSON, and a GraphQL request's
 * lines carry its operation name.
 */
class JsonLogProcessTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern PORT = Pattern.compile("localhost:(\\d+)/graphql");

  @Test
  void consoleLinesAreJsonWithTheOperationName() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String open : List.of("java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch")) {
      command.add("--add-opens");
      command.add(open + "=ALL-UNNAMED");
    }
    command.addAll(
        List.of(
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            PathgraphApplication.class.getName(),
            "--pathgraph.log.json=true",
            "--server.port=0",
            "--pathgraph.content.dir=",
            "--pathgraph.embedded.data-dir=" + GraphTestSupport.freshDataDir("jsonlog"),
            "--pathgraph.security.jwt.secret=" + "x".repeat(32),
            "--logging.level.org.pathgraph.logging=DEBUG"));
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (java.io.IOException ignored) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    List<String> seen = new ArrayList<>();
    try {
      int port = -1;
      Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
      while (port < 0 && Instant.now().isBefore(deadline) && server.isAlive()) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line != null) {
          seen.add(line);
          Matcher m = PORT.matcher(line);
          if (line.contains("Pathgraph ready") && m.find()) {
            port = Integer.parseInt(m.group(1));
          }
        }
      }
      assertThat(port).as(String.join("\n", seen)).isPositive();

      new GraphQlHttp(port).post("query LoggedByName { learningPaths(first: 1) { totalCount } }");

      JsonNode requestLine = null;
      deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (requestLine == null && Instant.now().isBefore(deadline)) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line != null && line.contains("LoggedByName")) {
          seen.add(line);
          requestLine = JSON.readTree(line);
        }
      }
      assertThat(requestLine).as(String.join("\n", seen)).isNotNull();
      assertThat(requestLine.get("graphql.operation.name").asString()).isEqualTo("LoggedByName");
      assertThat(requestLine.get("message").asString()).startsWith("GraphQL LoggedByName answered");
      assertThat(requestLine.has("@timestamp")).isTrue();
      // Every line the application logged is one JSON object (Neo4j's own start-up notice aside).
      for (String line : seen) {
        if (line.startsWith("{")) {
          assertThat(JSON.readTree(line).has("message")).as(line).isTrue();
        }
      }
      assertThat(seen.stream().filter(l -> l.startsWith("{")).count()).isGreaterThan(3);
      assertThat(seen.stream().filter(l -> l.contains("Pathgraph ready")).findFirst().orElseThrow())
          .startsWith("{");
    } finally {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }
}
