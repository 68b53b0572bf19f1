package org.pathgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;

/**
 * One page of the objects or paths of a parent (a concept or a goal), as a data-loader key: {@code
 * kind} names the parent's type, {@code filter} holds the statement parameters of a {@code
 * LearningObjectFilter}.
 */
public record PageRequest(
    String kind,
    String key,
    boolean narrower,
    Map<String, Object> filter,
    int first,
    String after) {

  /** A page of {@code first} (checked, defaulted) items after the opaque cursor {@code after}. */
  public static PageRequest of(
      String kind,
      String key,
      Boolean narrower,
      Map<String, Object> filter,
      Integer first,
      String after) {
    return new PageRequest(
        kind,
        key,
        narrower == null || narrower,
        filter,
        Cursors.pageSize(first),
        Cursors.decode(after));
  }

  /**
   * One top-level page: {@code query} takes {@code filter}'s parameters with {@code after}, {@code
   * limit} and {@code role}, and answers one row {@code (page, total)}.
   */
  public static <T> Connection<T> page(
      Graph graph,
      Statement query,
      Map<String, Object> filter,
      Integer first,
      String after,
      Role role,
      Function<Value, T> mapper,
      Function<T, String> sortKey) {
    int size = Cursors.pageSize(first);
    String afterKey = Cursors.decode(after);
    Map<String, Object> params = new HashMap<>(filter);
    params.put("after", afterKey);
    params.put("limit", size + 1);
    params.put("role", role.name());
    Record row = graph.read(query, params).get(0);
    return Connection.of(
        row.get("page").asList(mapper::apply),
        size,
        afterKey != null,
        row.get("total").asInt(),
        sortKey);
  }

  /**
   * Every page of {@code requests} in one statement, which answers rows {@code (id, page, total)}.
   */
  public static <T> Map<PageRequest, Connection<T>> load(
      Graph graph,
      Statement query,
      List<PageRequest> requests,
      Role role,
      Function<Value, T> mapper,
      Function<T, String> sortKey) {
    List<Map<String, Object>> params =
        Batched.requests(
            requests,
            k -> {
              Map<String, Object> r = new HashMap<>();
              r.put("kind", k.kind());
              r.put("key", k.key());
              r.put("narrower", k.narrower());
              r.put("filter", k.filter());
              r.put("after", k.after());
              r.put("limit", k.first() + 1);
              return r;
            });
    Map<PageRequest, Connection<T>> result = new HashMap<>();
    for (Record row : graph.read(query, Map.of("requests", params, "role", role.name()))) {
      PageRequest k = Batched.keyOf(requests, row);
      result.put(
          k,
          Connection.of(
              row.get("page").asList(mapper::apply),
              k.first(),
              k.after() != null,
              row.get("total").asInt(),
              sortKey));
    }
    return result;
  }
}
