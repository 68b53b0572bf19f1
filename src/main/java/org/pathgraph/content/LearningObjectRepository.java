package org.pathgraph.content;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.pathgraph.api.Batched;
import org.pathgraph.api.Connection;
import org.pathgraph.api.PageRequest;
import org.pathgraph.api.RelatedRequest;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.springframework.stereotype.Repository;

/** Reads learning objects; every method is one Cypher round trip, whatever the number of keys. */
@Repository
class LearningObjectRepository {

  private final Graph graph;

  LearningObjectRepository(Graph graph) {
    this.graph = graph;
  }

  /**
   * One object with what {@code projection} selects of it; its concepts, when selected, go to
   * {@code prefetched} (the same statement reads them).
   */
  LearningObject find(
      String hruid,
      String language,
      Integer version,
      ObjectProjection projection,
      Role role,
      Prefetched prefetched) {
    Map<String, Object> params = new HashMap<>();
    params.put("hruid", hruid);
    params.put("language", language);
    params.put("version", version);
    params.put("role", role.name());
    params.put("objectProperties", projection.properties());
    params.put("withConcepts", projection.concepts());
    params.put("withAltLabels", projection.altLabels());
    List<Record> rows = graph.read(Statement.FIND_OBJECT, params);
    if (rows.isEmpty()) {
      return null;
    }
    LearningObject object = projection.read(rows.get(0).get("o").asList());
    prefetched.add(object.key(), rows.get(0).get("concepts").asObject(), null);
    return object;
  }

  /** A page of objects; {@code filter} holds the statement's filter parameters. */
  Connection<LearningObject> page(
      Map<String, Object> filter,
      Integer first,
      String after,
      ObjectProjection projection,
      Role role) {
    Map<String, Object> params = new HashMap<>(filter);
    params.put("objectProperties", projection.properties());
    return PageRequest.page(
        graph,
        Statement.PAGE_OBJECTS,
        params,
        first,
        after,
        role,
        v -> projection.read(v.asList()),
        LearningObject::key);
  }

  /** Objects by key; keys of objects that do not exist or are not visible are absent. */
  public Map<String, LearningObject> byKeys(Collection<String> keys, Role role) {
    Map<String, LearningObject> result = new HashMap<>();
    graph
        .readMaps(Statement.OBJECTS_BY_KEYS, keys, role.name(), "o")
        .forEach((k, m) -> result.put(k, LearningObject.from(m)));
    return result;
  }

  /** The related objects of each key, best first (see {@code content/related-objects.cypher}). */
  Map<RelatedRequest, List<RelatedObject>> related(List<RelatedRequest> keys, Role role) {
    Map<String, Object> params = new HashMap<>();
    params.put("requests", Batched.requests(keys, RelatedRequest::fields));
    params.put("role", role.name());
    params.putAll(RelatedWeights.parameters());
    Map<RelatedRequest, List<RelatedObject>> result = new HashMap<>();
    keys.forEach(k -> result.put(k, List.of()));
    for (Record row : graph.read(Statement.RELATED_OBJECTS, params)) {
      RelatedRequest key = Batched.keyOf(keys, row);
      result.put(
          key,
          row.get("related")
              .asList(
                  v ->
                      new RelatedObject(
                          LearningObject.from(v.get("object").asMap()),
                          v.get("score").asDouble(),
                          v.get("evidence")
                              .asList(
                                  e ->
                                      e.get("kind").asString()
                                          + ": "
                                          + e.get("label").asString()))));
    }
    return result;
  }

  Map<String, List<Map<String, Object>>> lists(
      Statement query, Collection<String> keys, Role role, String column) {
    return graph.readLists(query, keys, role.name(), column);
  }
}
