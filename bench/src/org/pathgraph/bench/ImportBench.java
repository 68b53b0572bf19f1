package org.pathgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.pathgraph.PathgraphApplication;
import org.pathgraph.ingest.ImportReport;
import org.pathgraph.ingest.Importer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import benchmark, in this JVM through the application's own {@code Importer} bean on an
 * embedded database: the floor (the same graph from pre-parsed rows by batched {@code UNWIND}
 * statements, parse timed apart), a full import into the emptied database, a re-import with no
 * change and one with one changed file. Leaves the imported database in {@code dataDir}.
 */
final class ImportBench {

  private ImportBench() {}

  static Map<String, Object> run(CorpusGenerator.Corpus corpus, Path dataDir, String pageCache) {
    Map<String, Object> out = new LinkedHashMap<>();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PathgraphApplication.class)
            .properties(
                "server.port=0",
                "pathgraph.content.dir=",
                "pathgraph.vocabularies=" + String.join(",", vocabularies(corpus)),
                "pathgraph.embedded.data-dir=" + dataDir,
                "pathgraph.embedded.page-cache=" + pageCache,
                "logging.level.root=WARN",
                "logging.level.org.pathgraph=WARN")
            .run()) {
      Driver driver = context.getBean(Driver.class);
      Importer importer = context.getBean(Importer.class);
      org.pathgraph.neo4j.Graph graph = context.getBean(org.pathgraph.neo4j.Graph.class);

      // The floor: parse (timed), then write the rows.
      long parse = 0;
      Map<String, Long> floorSteps = null;
      long floor = 0;
      Map<String, Long> floorCounts = null;
      // Small corpora load twice and keep the second (warm JIT); large ones are warm enough.
      int rounds = corpus.objects() <= 1000 ? 2 : 1;
      for (int round = 0; round < rounds; round++) {
        wipe(driver);
        long t0 = System.nanoTime();
        FloorLoad.Parsed parsed = FloorLoad.parse(corpus.root(), vocabularies(corpus));
        parse = millisSince(t0);
        long t1 = System.nanoTime();
        floorSteps = FloorLoad.load(driver, graph, parsed, 500);
        floor = millisSince(t1);
        floorCounts = counts(driver);
        BenchSuite.log("floor: parse %d ms, write %d ms %s", parse, floor, floorSteps);
      }
      // The import, like the floor, twice on small corpora, keeping the second (warm JIT).
      ImportReport full = null;
      long importMs = 0;
      for (int round = 0; round < rounds; round++) {
        wipe(driver);
        long t2 = System.nanoTime();
        full = importer.importTree(corpus.root());
        importMs = millisSince(t2);
      }
      BenchSuite.log("import: %d ms, %s", importMs, full.changes());
      Map<String, Long> importCounts = counts(driver);

      // Three no-change re-imports, the median kept: the first after a full import also pays for
      // planning statements against the grown graph.
      ImportReport again = null;
      long[] noChange = new long[3];
      for (int i = 0; i < noChange.length; i++) {
        long t3 = System.nanoTime();
        again = importer.importTree(corpus.root());
        noChange[i] = millisSince(t3);
      }
      long noChangeMs = java.util.Arrays.stream(noChange).sorted().toArray()[1];
      BenchSuite.log("no-change re-imports: %s ms", java.util.Arrays.toString(noChange));

      Path changed = corpus.root().resolve(corpus.sampleObjectFile());
      String original = Files.readString(changed, StandardCharsets.UTF_8);
      Files.writeString(changed, original + "\nEen extra alinea voor de benchmark.\n");
      long t4 = System.nanoTime();
      ImportReport one = importer.importTree(corpus.root());
      long oneFileMs = millisSince(t4);
      Files.writeString(changed, original);
      importer.importTree(corpus.root());

      int objects = full.summary().objectsImported();
      out.put("objects", objects);
      out.put("paths", full.summary().pathsImported());
      out.put("problems", full.problems().size());
      out.put("parseMs", parse);
      out.put("floorWriteMs", floor);
      out.put("floorSteps", floorSteps);
      out.put("floorMs", parse + floor);
      out.put("floorObjectsPerSecond", perSecond(objects, parse + floor));
      out.put("importMs", importMs);
      out.put("importObjectsPerSecond", perSecond(objects, importMs));
      out.put("importMsPerObject", (double) importMs / objects);
      out.put("ratioToFloor", (double) importMs / (parse + floor));
      out.put("importChanges", full.changes());
      out.put("noChangeMs", noChangeMs);
      out.put("noChangeRunsMs", noChange);
      out.put("noChangeShareOfFull", (double) noChangeMs / importMs);
      out.put("noChangeChanges", again.changes());
      out.put("oneFileChangeMs", oneFileMs);
      out.put("oneFileChanges", one.changes());
      out.put("sameGraphAsFloor", floorCounts.equals(importCounts));
      out.put("graphCounts", importCounts);
      if (!floorCounts.equals(importCounts)) {
        out.put("floorGraphCounts", floorCounts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The bundled vocabularies and the corpus's own, as both the import and the floor read them. */
  static java.util.List<String> vocabularies(CorpusGenerator.Corpus corpus) {
    return java.util.List.of("classpath:vocabularies/ilearn.ttl", corpus.vocabulary().toString());
  }

  private static void wipe(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
    }
  }

  /** Nodes per label and relationships per type: equal counts mean the same shape of graph. */
  static Map<String, Long> counts(Driver driver) {
    Map<String, Long> counts = new TreeMap<>();
    try (Session session = driver.session()) {
      for (Record r :
          session
              .run(
                  "MATCH (n) WHERE NOT n:ImportLock AND NOT n:ImportReport"
                      + " RETURN [l IN labels(n) WHERE NOT l STARTS WITH 'Search'][0] AS k,"
                      + " count(*) AS c")
              .list()) {
        counts.put("node:" + r.get("k").asString(), r.get("c").asLong());
      }
      for (Record r : session.run("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c").list()) {
        counts.put("rel:" + r.get("k").asString(), r.get("c").asLong());
      }
    }
    return counts;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static double perSecond(int count, long millis) {
    return millis == 0 ? 0 : count * 1000.0 / millis;
  }
}
