package org.pathgraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * Batched statements take their data-loader keys as one {@code $requests} list and answer one row
 * per request, which names its request by position ({@code id}). This is that convention, once.
 */
public final class Batched {

  private Batched() {}

  /** The {@code $requests} parameter: each key's fields, plus its position as {@code id}. */
  public static <K> List<Map<String, Object>> requests(
      List<K> keys, Function<K, Map<String, Object>> fields) {
    List<Map<String, Object>> requests = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      Map<String, Object> r = new HashMap<>(fields.apply(keys.get(i)));
      r.put("id", i);
      requests.add(r);
    }
    return requests;
  }

  /** The key a row answers, by its {@code id} column. */
  public static <K> K keyOf(List<K> keys, Record row) {
    return keys.get(row.get("id").asInt());
  }
}
