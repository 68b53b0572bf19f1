package org.pathgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the benchmark suite ({@code ./mvnw -Pbench verify}): for each scale of {@code
 * -Dbench.scales} a generated corpus, the import benchmark and the query benchmark against the
 * packaged jar; at the largest scale also the load test, the JMH render benchmark, {@code {
 * __typename }} against a bare servlet ({@link HttpFloorBench}), and the peer bench ({@link
 * PeerBench}: {@code bench/peer} against {@code @neo4j/graphql}, on the corpus and on the Dwengo
 * sample when {@code ../shared} is there). Writes {@code bench/results/<date>.json}, a Markdown
 * summary and PNG charts. {@code -Dbench.only=import,query} runs a subset.
 */
public final class BenchSuite {

  static final String PAGE_CACHE = "128m";
  static final String SERVER_HEAP = "512m";

  private BenchSuite() {}

  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(System.getProperty("bench.seed", "42"));
    List<Integer> scales =
        Arrays.stream(System.getProperty("bench.scales", "1000,10000").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(Integer::parseInt)
            .sorted()
            .toList();
    String onlyProperty = System.getProperty("bench.only", "").strip();
    Set<String> only =
        onlyProperty.isEmpty()
            ? Set.of("import", "query", "load", "render", "http", "peer")
            : Set.of(onlyProperty.split(","));
    Path work = Path.of("target", "bench").toAbsolutePath();
    Path results = Path.of("bench", "results").toAbsolutePath();
    Files.createDirectories(work);
    Files.createDirectories(results);

    Map<String, Object> report = new LinkedHashMap<>();
    long started = System.nanoTime();
    report.put("date", Instant.now().toString());
    report.put("machine", Machine.describe());
    report.put(
        "config",
        Map.of(
            "seed", seed,
            "scales", scales,
            "serverHeap", "-Xmx" + SERVER_HEAP,
            "pageCache", PAGE_CACHE,
            "parts", List.copyOf(only)));
    Map<String, Object> byScale = new LinkedHashMap<>();
    report.put("scales", byScale);
    Map<String, Object> peers = new LinkedHashMap<>();
    int largest = scales.get(scales.size() - 1);
    int loadScale = scales.contains(10_000) ? 10_000 : largest;
    for (int scale : scales) {
      Map<String, Object> here = new LinkedHashMap<>();
      byScale.put(String.valueOf(scale), here);
      log("scale %d: generating the corpus", scale);
      CorpusGenerator.Corpus corpus = corpus(work, seed, scale);
      here.put("corpus", describe(corpus));
      Path dataDir = work.resolve("db-" + scale);
      if (only.contains("import") || !Files.isDirectory(dataDir)) {
        deleteTree(dataDir);
        log("scale %d: import", scale);
        here.put("import", ImportBench.run(corpus, dataDir, PAGE_CACHE));
        log("scale %d: import %s", scale, here.get("import"));
      }
      boolean http = only.contains("http") && scale == loadScale;
      if (only.contains("query") || (only.contains("load") && scale == loadScale) || http) {
        try (Server server = Server.start(dataDir, PAGE_CACHE, SERVER_HEAP)) {
          if (only.contains("query")) {
            log("scale %d: queries", scale);
            here.put("queries", new QueryBench(server, corpus).run());
          }
          if (only.contains("load") && scale == loadScale) {
            log("scale %d: load", scale);
            report.put("load", new LoadBench(server, corpus).run());
          }
          if (http) {
            log("scale %d: { __typename } against a bare servlet", scale);
            report.put("http", new HttpFloorBench().run(server, work));
          }
          here.put("serverHeap", server.heap());
        }
      }
      if (only.contains("peer") && scale == loadScale) {
        log("scale %d: peer bench (bench/peer) on the corpus", scale);
        peers.put(
            String.valueOf(scale),
            PeerBench.runOrReport(String.valueOf(scale), corpus.root(), work));
      }
      if (only.contains("render") && scale == loadScale) {
        log("scale %d: render (JMH)", scale);
        report.put("render", RenderBench.run(corpus));
      }
    }
    Path sample = Path.of("..", "shared", "dwengo-sample");
    if (only.contains("peer") && Files.isDirectory(sample)) {
      log("peer bench (bench/peer) on the Dwengo sample");
      peers.put("sample", PeerBench.runOrReport("sample", sample, work));
    }
    if (!peers.isEmpty()) {
      report.put("peer", peers);
    }
    report.put("machineEnd", Machine.describe());
    report.put("totalSeconds", (System.nanoTime() - started) / 1_000_000_000L);
    report.put("targets", Targets.evaluate(report));
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    Results.write(results, date, report);
    log("done in %d s: bench/results/%s.json", report.get("totalSeconds"), date);
  }

  static CorpusGenerator.Corpus corpus(Path work, long seed, int scale) throws IOException {
    Path root = work.resolve("corpus-" + scale + "-" + seed);
    deleteTree(root);
    Files.createDirectories(root);
    return new CorpusGenerator(seed, scale).write(root);
  }

  private static Map<String, Object> describe(CorpusGenerator.Corpus c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("objects", c.objects());
    m.put("paths", c.paths());
    m.put("concepts", c.concepts());
    m.put("teacherOnly", c.teacherOnly());
    m.put("megabytes", Math.round(c.bytes() / 1e5) / 10.0);
    return m;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = new ArrayList<>(files.collect(Collectors.toList()));
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static void log(String format, Object... args) {
    System.out.printf(
        "[bench %s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    System.out.flush();
  }
}
