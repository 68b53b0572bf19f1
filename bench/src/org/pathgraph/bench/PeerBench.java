package org.pathgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The side-by-side comparison of {@code bench/peer} (Pathgraph, {@code @neo4j/graphql} on the same
 * database, and a Cypher floor) run on one content tree: its {@code run-all.sh} with {@code
 * CONTENT} set, in a work folder of its own, then its latency and throughput results folded into
 * the report with the read-path targets judged from them. Needs {@code node} and {@code npm} (the
 * peer's packages come from its lockfile).
 */
final class PeerBench {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> QUERIES = List.of("a", "b", "c", "d");

  private PeerBench() {}

  /**
   * {@link #run}, a failure reported as {@code error} (with the log to read) instead of ending the
   * suite: the other parts' figures still get written.
   */
  static Map<String, Object> runOrReport(String name, Path content, Path work) {
    try {
      return run(name, content, work);
    } catch (Exception e) {
      BenchSuite.log("peer bench %s failed: %s", name, e.getMessage());
      return Map.of("error", String.valueOf(e.getMessage()));
    }
  }

  /** Runs the peer bench on {@code content}. */
  static Map<String, Object> run(String name, Path content, Path work) throws Exception {
    Path folder = work.resolve("peer-" + name);
    Files.createDirectories(folder);
    // node_modules outlives a run: the lockfile pins it, and npm ci costs minutes.
    Path log = folder.resolve("run-all.log");
    ProcessBuilder builder =
        new ProcessBuilder("bash", Path.of("bench", "peer", "run-all.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PROJECT", Path.of("").toAbsolutePath().toString());
    builder.environment().put("WORK", folder.toString());
    builder.environment().put("CONTENT", content.toAbsolutePath().toString());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the peer bench ran over an hour; see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "the peer bench failed (exit " + process.exitValue() + "); see " + log);
    }
    Path results = folder.resolve("results");
    Map<String, Object> latency = read(results.resolve("latency.json"));
    Map<String, Object> throughput = read(results.resolve("throughput.json"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("content", content.toString());
    out.put("params", latency.get("params"));
    out.put("queries", queries(latency));
    out.put("throughput", throughput.get("rows"));
    out.put("roundTrips", Files.readString(results.resolve("roundtrips.txt")).strip());
    out.put("results", results.toString());
    return out;
  }

  /** Per query: each system's p50/p99, Pathgraph's ratios and the database's bytes. */
  private static Map<String, Object> queries(Map<String, Object> latency) {
    Map<String, Object> all = Results.map(latency.get("results"));
    Map<String, Object> out = new LinkedHashMap<>();
    for (String q : QUERIES) {
      Map<String, Object> systems = Results.map(Results.map(all.get(q)).get("systems"));
      Map<String, Object> pg = Results.map(systems.get("pathgraph"));
      // For the deep page the peer's keyset form is its fair figure (its offset form sorts all
      // it skips and runs out of transaction memory at 10k objects).
      Map<String, Object> peer =
          Results.map(
              systems.containsKey("neo4j-graphql-keyset")
                  ? systems.get("neo4j-graphql-keyset")
                  : systems.get("neo4j-graphql"));
      Map<String, Object> floor = Results.map(systems.get("floor"));
      Map<String, Object> db = Results.map(systems.get("pathgraph-cypher-db"));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pathgraphP50Ms", pg.get("p50"));
      m.put("peerP50Ms", peer.get("p50"));
      m.put("floorP50Ms", floor.get("p50"));
      m.put("pathgraphP99Ms", pg.get("p99"));
      m.put("peerP99Ms", peer.get("p99"));
      m.put("p50ToPeer", Results.num(pg.get("p50")) / Results.num(peer.get("p50")));
      m.put("p50ToFloor", Results.num(pg.get("p50")) / Results.num(floor.get("p50")));
      m.put("p99ToPeer", Results.num(pg.get("p99")) / Results.num(peer.get("p99")));
      m.put("answerBytes", pg.get("bytes"));
      if (db != null) {
        m.put("databaseBytes", db.get("bytes"));
        m.put("databaseToAnswer", Results.num(db.get("bytes")) / Results.num(pg.get("bytes")));
      }
      m.put("errors", Results.num(pg.get("errors")) + Results.num(peer.get("errors")));
      out.put(q, m);
    }
    return out;
  }

  /** The read-path issue's targets from one peer run called {@code name}. */
  static void targets(String name, Map<String, Object> peer, List<Map<String, Object>> out) {
    Map<String, Object> queries = Results.map(peer.get("queries"));
    if (queries == null) {
      return;
    }
    for (String q : QUERIES) {
      Map<String, Object> m = Results.map(queries.get(q));
      String label = "peer " + name + " (" + q + ")";
      Targets.add(
          out, label + ": p50 ≤ 0.8× @neo4j/graphql", "≤ 0.8", num(m, "p50ToPeer"), 0.8, "×");
      Targets.add(out, label + ": p50 ≤ 1.5× floor", "≤ 1.5", num(m, "p50ToFloor"), 1.5, "×");
      Targets.add(out, label + ": p99 ≤ @neo4j/graphql's", "≤ 1", num(m, "p99ToPeer"), 1, "×");
      if (m.containsKey("databaseToAnswer")) {
        Targets.add(
            out,
            label + ": database bytes ≤ 2× the answer",
            "≤ 2",
            num(m, "databaseToAnswer"),
            2,
            "×");
      }
    }
    for (int connections : new int[] {8, 32}) {
      double pg = rps(peer, "pathgraph", connections);
      double other = rps(peer, "neo4j-graphql", connections);
      Targets.atLeast(
          out,
          "peer " + name + " (b) throughput at " + connections + " connections ≥ 1.3× the peer's",
          "≥ 1.3",
          pg / other,
          1.3,
          "×");
    }
  }

  private static double rps(Map<String, Object> peer, String system, int connections) {
    for (Object row : (List<?>) peer.get("throughput")) {
      Map<String, Object> r = Results.map(row);
      if (system.equals(r.get("system")) && Results.num(r.get("connections")) == connections) {
        return Results.num(r.get("rps"));
      }
    }
    return Double.NaN;
  }

  private static double num(Map<String, Object> m, String key) {
    return Results.num(m.get(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Path file) throws Exception {
    return JSON.readValue(file.toFile(), Map.class);
  }
}
