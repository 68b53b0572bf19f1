package org.pathgraph.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a request costs outside the database: {@code { __typename }} over HTTP to the server against
 * a bare Tomcat servlet ({@link BareServlet}, its own JVM with the server's heap) that answers the
 * same bytes with the same content type, driven by the same client in the same run: interleaved
 * sequential requests for latency, then closed-loop clients for throughput.
 */
final class HttpFloorBench {

  private static final String QUERY = "{\"query\":\"{ __typename }\"}";
  private static final int WARMUP = Integer.getInteger("bench.httpWarmup", 3000);
  private static final int ROUNDS = Integer.getInteger("bench.httpRounds", 5000);
  private static final long SECONDS = Long.getLong("bench.httpSeconds", 10);
  private static final int[] CLIENTS = {8, 32};

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  Map<String, Object> run(Server server, Path work) throws Exception {
    URI pathgraph = URI.create("http://127.0.0.1:" + server.httpPort + "/graphql");
    HttpResponse<byte[]> reference = post(pathgraph);
    if (reference.statusCode() != 200) {
      throw new IllegalStateException("{ __typename } answered HTTP " + reference.statusCode());
    }
    Path body = work.resolve("typename-body.json");
    Files.write(body, reference.body());
    String contentType = reference.headers().firstValue("Content-Type").orElse("application/json");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = work.resolve("bare-servlet.log");
    Process bare =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + BenchSuite.SERVER_HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                BareServlet.class.getName(),
                String.valueOf(port),
                body.toString(),
                contentType)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      URI floor = URI.create("http://127.0.0.1:" + port + "/graphql");
      waitFor(floor, bare, log);
      byte[] floorBody = post(floor).body();
      if (!java.util.Arrays.equals(floorBody, reference.body())) {
        throw new IllegalStateException("the bare servlet's answer differs from the server's");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("answerBytes", reference.body().length);
      out.put("contentType", contentType);
      out.put("latency", latency(pathgraph, floor));
      Map<String, Object> throughput = new LinkedHashMap<>();
      for (int clients : CLIENTS) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("pathgraph", throughput(pathgraph, clients));
        pair.put("bare", throughput(floor, clients));
        pair.put(
            "ratio",
            Results.num(Results.map(pair.get("bare")).get("requestsPerSecond"))
                / Results.num(Results.map(pair.get("pathgraph")).get("requestsPerSecond")));
        throughput.put(String.valueOf(clients), pair);
        BenchSuite.log("  { __typename } at %d clients: %s", clients, pair);
      }
      out.put("throughput", throughput);
      return out;
    } finally {
      bare.destroy();
      bare.waitFor();
    }
  }

  /** Interleaved sequential requests: p50 and p99 of each and their ratio. */
  private Map<String, Object> latency(URI pathgraph, URI floor) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      post(pathgraph);
      post(floor);
    }
    long[] server = new long[ROUNDS];
    long[] bare = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      post(pathgraph);
      long t1 = System.nanoTime();
      post(floor);
      server[i] = t1 - t0;
      bare[i] = System.nanoTime() - t1;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rounds", ROUNDS);
    m.put("pathgraphP50Ms", QueryBench.percentile(server, 50));
    m.put("pathgraphP99Ms", QueryBench.percentile(server, 99));
    m.put("bareP50Ms", QueryBench.percentile(bare, 50));
    m.put("bareP99Ms", QueryBench.percentile(bare, 99));
    m.put("p50Ratio", QueryBench.percentile(server, 50) / QueryBench.percentile(bare, 50));
    m.put("p99Ratio", QueryBench.percentile(server, 99) / QueryBench.percentile(bare, 99));
    BenchSuite.log("  { __typename } latency: %s", m);
    return m;
  }

  /** Closed-loop clients for {@link #SECONDS}: requests per second and errors. */
  private Map<String, Object> throughput(URI target, int clients) throws InterruptedException {
    long end = System.nanoTime() + SECONDS * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    if (post(target).statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  done.incrementAndGet();
                }
              }));
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requestsPerSecond", done.get() / elapsed);
    m.put("errors", errors.get());
    return m;
  }

  private HttpResponse<byte[]> post(URI target) throws Exception {
    return http.send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(QUERY))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private void waitFor(URI floor, Process bare, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      if (!bare.isAlive()) {
        throw new IllegalStateException("the bare servlet stopped; see " + log);
      }
      try {
        http.send(
            HttpRequest.newBuilder(floor).timeout(Duration.ofSeconds(2)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the bare servlet did not start; see " + log);
  }
}
