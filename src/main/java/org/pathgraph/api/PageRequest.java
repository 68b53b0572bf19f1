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
 * LearningObjectFilter}, {@code properties} the stored properties to ship of each item (null: the
 * statement's own projection).
 */
public record PageRequest(
    String kind,
    String key,
    boolean narrower,
    Map<String, Object> filter,
    int first,
    String after,
    List<String> properties) {

  /** A page of {@code first} (checked, defaulted) items after the opaque cursor {@code after}. */
  public static PageRequest of(
      String kind,
      String key,
      Boolean narrower,
      Map<String, Object> filter,
      Integer first,
      String after,
      List<String> properties) {
    return new PageRequest(
        kind,
        key,
        narrower == null || narrower,
        filter,
        Cursors.pageSize(first),
        Cursors.decode(after),
        properties);
  }

  /**
   * The request as a statement takes it (one more item than the page, to tell if there is more).
   */
  public Map<String, Object> parameters() {
    Map<String, Object> r = new HashMap<>();
    r.put("kind", kind);
    r.put("key", key);
    r.put("narrower", narrower);
    r.put("filter", filter);
    r.put("after", after);
    r.put("limit", first + 1);
    r.put("properties", properties);
    return r;
  }

  /** The page from a statement's {@code page} list of items and {@code total}. */
  public <T> Connection<T> connection(
      Value page, Value total, Function<Value, T> mapper, Function<T, String> sortKey) {
    return Connection.of(page.asList(mapper::apply), first, after != null, total.asInt(), sortKey);
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
      java.util.function.BiFunction<PageRequest, Value, T> mapper,
      Function<T, String> sortKey) {
    List<Map<String, Object>> params = Batched.requests(requests, PageRequest::parameters);
    Map<PageRequest, Connection<T>> result = new HashMap<>();
    for (Record row : graph.read(query, Map.of("requests", params, "role", role.name()))) {
      PageRequest k = Batched.keyOf(requests, row);
      result.put(
          k, k.connection(row.get("page"), row.get("total"), v -> mapper.apply(k, v), sortKey));
    }
    return result;
  }
}
