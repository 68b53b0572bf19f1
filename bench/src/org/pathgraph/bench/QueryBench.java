package org.pathgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.pathgraph.api.Cursors;
import org.pathgraph.content.ObjectFilter;
import org.pathgraph.content.RelatedWeights;
import org.pathgraph.neo4j.CypherQueries;
import org.pathgraph.neo4j.Statement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical queries, each over HTTP to the server and, interleaved with it so both see the same
 * machine, as one hand-written Cypher statement over Bolt whose records Jackson writes: p50, p99,
 * their ratio, and the server's Cypher round trips per request.
 */
final class QueryBench {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final QueryConfig READ =
      QueryConfig.builder().withRouting(RoutingControl.READ).build();
  private static final int WARMUP = 30;
  private static final int MEASURED = 120;

  /** One canonical query: the GraphQL request and its floor. */
  record Canonical(
      String name,
      String graphql,
      Map<String, Object> variables,
      String floor,
      Map<String, Object> floorParameters) {}

  private final Server server;
  private final CorpusGenerator.Corpus corpus;

  QueryBench(Server server, CorpusGenerator.Corpus corpus) {
    this.server = server;
    this.corpus = corpus;
  }

  static List<Canonical> canonical(Server server, CorpusGenerator.Corpus corpus) {
    List<Canonical> list = new ArrayList<>();
    list.add(
        new Canonical(
            "path50",
            "query($hruid: String!, $language: String!) { learningPath(hruid: $hruid, language:"
                + " $language) { key title nodes { position learningObject { key title html"
                + " concepts { uri prefLabel } } } } }",
            Map.of("hruid", corpus.path50(), "language", "nl"),
            BenchCypher.load("queries/path50"),
            Map.of("key", corpus.path50() + "/nl")));
    Record object =
        server
            .driver
            .executableQuery(
                "MATCH (o:LearningObject {language: 'nl', contentType: 'text/markdown'})"
                    + " WHERE NOT o.teacherExclusive AND o.available AND (o)-[:ABOUT]->()"
                    + " AND (o)<-[:SHOWS]-() RETURN o.hruid AS hruid, o.key AS key"
                    + " ORDER BY o.key SKIP 10 LIMIT 1")
            .execute()
            .records()
            .get(0);
    String hruid = object.get("hruid").asString();
    list.add(
        new Canonical(
            "object",
            "query($hruid: String!, $language: String!) { learningObject(hruid: $hruid,"
                + " language: $language) { key title description html } }",
            Map.of("hruid", hruid, "language", "nl"),
            BenchCypher.load("queries/object"),
            Map.of("hruid", hruid, "language", "nl")));
    // Concept 6 is two levels down the corpus's vocabulary: with its narrower concepts it stands
    // for about 7% of them (CorpusGenerator#vocabulary).
    String uri = corpus.conceptUris().get(6);
    list.add(
        new Canonical(
            "conceptObjects",
            "query($uri: String!) { concept(uri: $uri) { uri learningObjects(first: 20) {"
                + " totalCount edges { cursor node { key title } } pageInfo { hasNextPage"
                + " endCursor } } } }",
            Map.of("uri", uri),
            BenchCypher.load("queries/conceptObjects"),
            Map.of("uri", uri)));
    Map<String, Object> search = new HashMap<>(ObjectFilter.parameters(null));
    search.put("indexes", List.of("search_objects_nl"));
    search.put("searchLanguage", "nl");
    search.put("facets", true);
    search.put("role", "ANONYMOUS");
    search.put("query", "netwerk");
    search.put("limit", 21);
    search.put("afterScore", null);
    search.put("afterKey", null);
    list.add(
        new Canonical(
            "search",
            "query($q: String!) { search(query: $q, language: \"nl\", first: 20) { totalCount"
                + " edges { cursor score snippet node { key title } } facets { field buckets {"
                + " value count } } pageInfo { hasNextPage endCursor } } }",
            Map.of("q", "netwerk"),
            // The floor is the server's own statement (full-text hits, page and facets), run
            // directly.
            CypherQueries.load().get(Statement.SEARCH_OBJECTS),
            search));
    Map<String, Object> request = new HashMap<>();
    request.put("id", 0);
    request.put("key", object.get("key").asString());
    request.put("first", 10);
    request.put("languages", null);
    list.add(
        new Canonical(
            "related",
            "query($hruid: String!, $language: String!) { learningObject(hruid: $hruid,"
                + " language: $language) { key related(first: 10) { score reasons object { key"
                + " title } } } }",
            Map.of("hruid", hruid, "language", "nl"),
            // The floor is the server's own statement, run directly.
            CypherQueries.load().get(Statement.RELATED_OBJECTS),
            related(request)));
    long visible =
        server
            .driver
            .executableQuery(
                "MATCH (o:LearningObject {language: 'nl'}) WHERE NOT o.teacherExclusive"
                    + " AND o.available RETURN count(o) AS n")
            .execute()
            .records()
            .get(0)
            .get("n")
            .asLong();
    String middle =
        server
            .driver
            .executableQuery(
                "MATCH (o:LearningObject {language: 'nl'}) WHERE NOT o.teacherExclusive"
                    + " AND o.available RETURN o.key AS key ORDER BY o.key SKIP $skip LIMIT 1")
            .withParameters(Map.of("skip", visible / 2))
            .execute()
            .records()
            .get(0)
            .get("key")
            .asString();
    list.add(
        new Canonical(
            "deepPage",
            "query($after: String) { learningObjects(filter: {language: \"nl\"}, first: 20,"
                + " after: $after) { totalCount edges { cursor node { key title } } pageInfo {"
                + " hasNextPage endCursor } } }",
            Map.of("after", Cursors.encode(middle)),
            BenchCypher.load("queries/deepPage"),
            Map.of("language", "nl", "after", middle)));
    return list;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Canonical q : canonical(server, corpus)) {
      out.put(q.name(), measure(q));
      BenchSuite.log("  %s %s", q.name(), out.get(q.name()));
    }
    return out;
  }

  private Map<String, Object> measure(Canonical q) throws Exception {
    byte[] first = server.post(q.graphql(), q.variables());
    JsonNode parsed = JSON.readTree(first);
    if (parsed.has("errors")) {
      throw new IllegalStateException(q.name() + " answered errors: " + parsed.get("errors"));
    }
    byte[] floorBytes = floor(q);
    for (int i = 0; i < WARMUP; i++) {
      server.post(q.graphql(), q.variables());
      floor(q);
    }
    long[] http = new long[MEASURED];
    long[] floor = new long[MEASURED];
    List<Long> roundTrips = new ArrayList<>();
    for (int i = 0; i < MEASURED; i++) {
      long t0 = System.nanoTime();
      byte[] body = server.post(q.graphql(), q.variables());
      http[i] = System.nanoTime() - t0;
      long t1 = System.nanoTime();
      floor(q);
      floor[i] = System.nanoTime() - t1;
      roundTrips.add(JSON.readTree(body).path("extensions").path("cypherRoundTrips").asLong(-1));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    double p50 = percentile(http, 50);
    double p99 = percentile(http, 99);
    double f50 = percentile(floor, 50);
    double f99 = percentile(floor, 99);
    m.put("p50Ms", p50);
    m.put("p99Ms", p99);
    m.put("floorP50Ms", f50);
    m.put("floorP99Ms", f99);
    m.put("p50Ratio", p50 / f50);
    m.put("p99Ratio", p99 / f99);
    roundTrips.sort(Long::compare);
    m.put("roundTrips", roundTrips.get(roundTrips.size() / 2));
    m.put("responseBytes", first.length);
    m.put("floorBytes", floorBytes.length);
    return m;
  }

  private byte[] floor(Canonical q) {
    List<Record> records =
        server
            .driver
            .executableQuery(q.floor())
            .withParameters(q.floorParameters())
            .withConfig(READ)
            .execute()
            .records();
    List<Map<String, Object>> rows = new ArrayList<>(records.size());
    for (Record r : records) {
      rows.add(r.asMap());
    }
    return JSON.writeValueAsBytes(Map.of("data", rows));
  }

  /** The {@code p}th percentile of nanosecond samples, in milliseconds (nearest rank). */
  static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }

  /** The parameters of the server's related statement, with the server's own weights. */
  private static Map<String, Object> related(Map<String, Object> request) {
    Map<String, Object> params = new HashMap<>(RelatedWeights.parameters());
    params.put("requests", List.of(request));
    params.put("role", "ANONYMOUS");
    return params;
  }
}
