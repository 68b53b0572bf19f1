package org.pathgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.ingest.parse.PathSource;
import org.pathgraph.ingest.parse.Vocabulary;
import org.pathgraph.ingest.parse.VocabularyReader;
import org.pathgraph.ingest.write.GraphWriter;

/**
 * The import floor of the benchmark: the graph the importer builds, written into an empty database
 * from the importer's own pre-parsed rows ({@link GraphWriter#objectRow}, {@link
 * GraphWriter#pathRow}) by a few plain {@code UNWIND ... CREATE} statements, {@code batch} rows a
 * transaction. The vocabularies (a few hundred concepts against thousands of objects) are written
 * by the importer's own statement, so both sides hold the same hierarchy.
 */
public final class FloorLoad {

  private FloorLoad() {}

  /** A content tree and vocabularies read by the importer's own readers. */
  public record Parsed(ContentSnapshot snapshot, Object vocabulary) {}

  /** Reads {@code root} and the vocabularies at {@code vocabularies}, as an import does. */
  public static Parsed parse(java.nio.file.Path root, List<String> vocabularies) {
    return new Parsed(new ContentReader().read(root), VocabularyReader.read(vocabularies));
  }

  /** Loads {@code parsed}; returns the milliseconds each step took, in order. */
  public static Map<String, Long> load(
      Driver driver, org.pathgraph.neo4j.Graph graph, Parsed parsed, int batch) {
    ContentSnapshot snapshot = parsed.snapshot();
    List<Map<String, Object>> objects = new ArrayList<>();
    Set<String> uris = new LinkedHashSet<>();
    Map<String, Map<String, Object>> goals = new LinkedHashMap<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (ObjectSource o : snapshot.objects()) {
      Map<String, Object> row = GraphWriter.objectRow(o);
      objects.add(row);
      uris.addAll(o.object().conceptUris());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> goalRows = (List<Map<String, Object>>) row.get("goals");
      goalRows.forEach(g -> goals.putIfAbsent((String) g.get("key"), g));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> linkRows = (List<Map<String, Object>>) row.get("links");
      for (Map<String, Object> l : linkRows) {
        Map<String, Object> link = new HashMap<>(l);
        link.put("source", o.key());
        links.add(link);
      }
    }
    List<Map<String, Object>> paths = new ArrayList<>();
    List<Map<String, Object>> transitions = new ArrayList<>();
    for (PathSource p : snapshot.paths()) {
      Map<String, Object> row = GraphWriter.pathRow(p);
      paths.add(row);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ts = (List<Map<String, Object>>) row.get("transitions");
      for (Map<String, Object> t : ts) {
        Map<String, Object> flat = new HashMap<>();
        flat.put("from", p.key() + "#" + t.get("from"));
        flat.put("to", t.get("toIndex") == null ? null : p.key() + "#" + t.get("toIndex"));
        flat.put("targetKey", t.get("targetKey"));
        flat.put("order", t.get("order"));
        flat.put("condition", t.get("condition"));
        flat.put("isDefault", t.get("isDefault"));
        transitions.add(flat);
      }
    }
    Map<String, Long> millis = new LinkedHashMap<>();
    try (Session session = driver.session()) {
      millis.put("objects", run(session, "objects", "rows", objects, batch));
      millis.put("concepts", run(session, "concepts", "uris", List.copyOf(uris), batch * 10));
      long vocabularyStart = System.nanoTime();
      new GraphWriter(graph).writeVocabulary((Vocabulary) parsed.vocabulary());
      millis.put("vocabulary", (System.nanoTime() - vocabularyStart) / 1_000_000);
      millis.put("goals", run(session, "goals", "goals", List.copyOf(goals.values()), batch * 10));
      millis.put("about", run(session, "about", "rows", objects, batch));
      millis.put("paths", run(session, "paths", "rows", paths, Math.max(1, batch / 5)));
      millis.put("transitions", run(session, "transitions", "rows", transitions, batch * 5));
      millis.put("links", run(session, "links", "rows", links, batch * 5));
    }
    return millis;
  }

  private static long run(Session session, String name, String parameter, List<?> rows, int batch) {
    String statement = statement(name);
    long start = System.nanoTime();
    for (int from = 0; from < rows.size(); from += batch) {
      List<?> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
      session.executeWriteWithoutResult(
          tx -> tx.run(statement, Map.of(parameter, chunk)).consume());
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String statement(String name) {
    return org.pathgraph.bench.BenchCypher.load("floor/" + name);
  }
}
