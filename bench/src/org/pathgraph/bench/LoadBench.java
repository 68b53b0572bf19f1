package org.pathgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.pathgraph.api.Cursors;

/**
 * A closed-loop load test: 1, 8 and 32 clients, each sending the next request as soon as the last
 * answered, for a fixed time; a mixed workload of the canonical queries over random paths, objects
 * and concepts of the corpus (paths 25%, objects 30%, related 15%, concept pages 20%, deep pages
 * 10%).
 */
final class LoadBench {

  private static final long SECONDS = Long.getLong("bench.loadSeconds", 15);
  private static final int[] CLIENTS = {1, 8, 32};

  private final Server server;
  private final CorpusGenerator.Corpus corpus;
  private final List<QueryBench.Canonical> shapes;

  LoadBench(Server server, CorpusGenerator.Corpus corpus) {
    this.server = server;
    this.corpus = corpus;
    this.shapes = QueryBench.canonical(server, corpus);
  }

  Map<String, Object> run() throws Exception {
    runFor(8, 5, new SplittableRandom(1)); // warm-up
    Map<String, Object> out = new LinkedHashMap<>();
    for (int clients : CLIENTS) {
      out.put(String.valueOf(clients), runFor(clients, SECONDS, new SplittableRandom(clients)));
      BenchSuite.log("  %d clients: %s", clients, out.get(String.valueOf(clients)));
    }
    return out;
  }

  private Map<String, Object> runFor(int clients, long seconds, SplittableRandom seeds)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<List<Long>> latencies = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    // The first few errors as they were, so a report with errors says which.
    java.util.Queue<String> samples = new java.util.concurrent.ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<Long> mine = new ArrayList<>();
      latencies.add(mine);
      SplittableRandom random = seeds.split();
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  QueryBench.Canonical q = pick(random);
                  Map<String, Object> variables = variables(q, random);
                  long t0 = System.nanoTime();
                  try {
                    byte[] body = server.post(q.graphql(), variables);
                    if (new String(body, 0, Math.min(body.length, 20)).contains("\"errors\"")) {
                      errors.incrementAndGet();
                      sample(
                          samples,
                          q.name() + ": " + new String(body, 0, Math.min(body.length, 300)));
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    sample(samples, q.name() + ": " + e.getMessage());
                  }
                  mine.add(System.nanoTime() - t0);
                }
              });
      threads.add(t);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requests", all.length);
    m.put("requestsPerSecond", all.length / elapsed);
    m.put("p50Ms", QueryBench.percentile(all, 50));
    m.put("p95Ms", QueryBench.percentile(all, 95));
    m.put("p99Ms", QueryBench.percentile(all, 99));
    m.put("errors", errors.get());
    if (!samples.isEmpty()) {
      m.put("errorSamples", List.copyOf(samples));
    }
    return m;
  }

  private static void sample(java.util.Queue<String> samples, String error) {
    if (samples.size() < 5) {
      samples.add(error);
    }
  }

  /** Words of the corpus's text (CorpusGenerator#WORDS), to search for. */
  private static final String[] SEARCH_WORDS = {
    "netwerk", "neuron", "model", "data", "training", "robot", "sensor", "algoritme"
  };

  private QueryBench.Canonical pick(SplittableRandom random) {
    double u = random.nextDouble();
    String name =
        u < 0.25
            ? "path50"
            : u < 0.50
                ? "object"
                : u < 0.62
                    ? "related"
                    : u < 0.80 ? "conceptObjects" : u < 0.90 ? "search" : "deepPage";
    return shapes.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private Map<String, Object> variables(QueryBench.Canonical q, SplittableRandom random) {
    switch (q.name()) {
      case "path50" -> {
        String[] key = corpus.pathKeys().get(random.nextInt(corpus.pathKeys().size())).split("/");
        return Map.of("hruid", key[0], "language", key[1]);
      }
      case "object", "related" -> {
        String[] key =
            corpus.objectHruids().get(random.nextInt(corpus.objectHruids().size())).split("/");
        return Map.of("hruid", key[0], "language", key[1]);
      }
      case "conceptObjects" -> {
        return Map.of("uri", corpus.conceptUris().get(random.nextInt(corpus.conceptUris().size())));
      }
      case "search" -> {
        return Map.of("q", SEARCH_WORDS[random.nextInt(SEARCH_WORDS.length)]);
      }
      default -> {
        String hruid = corpus.objectHruids().get(random.nextInt(corpus.objectHruids().size()));
        return Map.of("after", Cursors.encode(hruid.split("/")[0] + "/nl/1"));
      }
    }
  }
}
