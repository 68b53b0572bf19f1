package org.pathgraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A canonical picture of the content graph: node counts per label, relationship counts per type,
 * and a hash of every node's label and sorted properties with its sorted relationships, so two
 * graphs built by different runs compare equal exactly when they hold the same content.
 */
public record GraphDump(Map<String, Long> nodes, Map<String, Long> relationships, String hash) {

  // Test-only Cypher: the application's statements live in cypher/, this one only inspects.
  private static final String NODES =
      "MATCH (n) WHERE NOT n:ImportLock AND NOT n:ImportReport "
          // Search* labels only name a node's full-text index: not part of what it is.
          + "RETURN [l IN labels(n) WHERE NOT l STARTS WITH 'Search'][0] AS label,"
          + " properties(n) AS props, "
          + "[(n)-[r]->(m) | {type: type(r), to: coalesce(m.key, m.uri, ''), props: properties(r)}]"
          + " AS out";

  /** Reads the dump of the graph behind {@code driver}. */
  public static GraphDump of(Driver driver) {
    Map<String, Long> nodes = new TreeMap<>();
    Map<String, Long> rels = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Record r : driver.executableQuery(NODES).execute().records()) {
      String label = r.get("label").asString();
      nodes.merge(label, 1L, Long::sum);
      Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
      props.computeIfPresent("data", (k, v) -> HexFormat.of().formatHex(sha((byte[]) v)));
      List<String> out =
          new ArrayList<>(
              r.get("out")
                  .asList(
                      v ->
                          v.get("type").asString()
                              + ">"
                              + v.get("to").asString()
                              + new TreeMap<>(v.get("props").asMap())));
      out.sort(null);
      out.forEach(o -> rels.merge(o.substring(0, o.indexOf('>')), 1L, Long::sum));
      lines.add(label + props + out);
    }
    lines.sort(null);
    return new GraphDump(
        nodes,
        rels,
        HexFormat.of().formatHex(sha(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))));
  }

  private static byte[] sha(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
