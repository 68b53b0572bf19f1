package org.pathgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar ({@code target/pathgraph.jar}) started in its own JVM on a free HTTP port and a
 * free Bolt port, serving an imported database as it is, with the bench-only round-trip extension
 * on; and a Bolt driver to the same embedded database for the floor.
 */
final class Server implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final int httpPort;
  final Driver driver;
  final HttpClient http;
  private final Process process;
  private final String heap;
  private final String pageCache;
  private final URI graphql;

  private Server(Process process, int httpPort, int boltPort, String heap, String pageCache) {
    this.process = process;
    this.httpPort = httpPort;
    this.heap = heap;
    this.pageCache = pageCache;
    this.graphql = URI.create("http://127.0.0.1:" + httpPort + "/graphql");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
  }

  static Server start(Path dataDir, String pageCache, String heap) throws Exception {
    Path jar = Path.of("target", "pathgraph.jar").toAbsolutePath();
    int httpPort = freePort();
    int boltPort = freePort();
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server.log");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap,
            "-jar",
            jar.toString(),
            "--server.port=" + httpPort,
            "--pathgraph.embedded.data-dir=" + dataDir,
            "--pathgraph.embedded.bolt-port=" + boltPort,
            "--pathgraph.embedded.page-cache=" + pageCache,
            "--pathgraph.content.dir=",
            "--pathgraph.bench.round-trips=true",
            "--logging.level.root=WARN");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    Server server = new Server(process, httpPort, boltPort, heap, pageCache);
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + log);
      }
      try {
        HttpResponse<String> health =
            server.http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return server;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        server.close();
        throw new IllegalStateException("the server did not start in 4 minutes; see " + log);
      }
      Thread.sleep(500);
    }
  }

  /** Posts a GraphQL request; the raw body. */
  byte[] post(String query, Map<String, Object> variables) throws Exception {
    byte[] body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "HTTP " + response.statusCode() + ": " + new String(response.body()));
    }
    return response.body();
  }

  /** The server's heap after a full GC, from {@code jcmd GC.heap_info}, with its settings. */
  Map<String, Object> heap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("xmx", heap);
    out.put("pageCache", pageCache);
    try {
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      String pid = String.valueOf(process.pid());
      run(List.of(jcmd, pid, "GC.run"));
      String info = run(List.of(jcmd, pid, "GC.heap_info"));
      Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
      if (m.find()) {
        out.put("committedMiB", Long.parseLong(m.group(1)) / 1024);
        out.put("usedAfterGcMiB", Long.parseLong(m.group(2)) / 1024);
      }
    } catch (Exception e) {
      out.put("error", e.toString());
    }
    return out;
  }

  private static String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return text;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    driver.close();
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
