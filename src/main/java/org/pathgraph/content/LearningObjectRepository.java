package org.pathgraph.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
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
   * One object with what {@code projection} selects of it, and its concepts when selected (null
   * when not read); null when there is no such object for {@code role}.
   */
  Found find(
      String hruid, String language, Integer version, ObjectProjection projection, Role role) {
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
    Value concepts = rows.get(0).get("concepts");
    return new Found(
        projection.read(rows.get(0).get("o").asList()),
        concepts.isNull() ? null : concepts.asList(ObjectConcept::fromRow));
  }

  /** An object and, when they were read with it, its concepts. */
  record Found(LearningObject object, List<ObjectConcept> concepts) {}

  /**
   * The concepts of each object, labelled, from the URIs each was read with: one statement for all.
   */
  Map<LearningObject, List<ObjectConcept>> concepts(Collection<LearningObject> objects) {
    List<LearningObject> sources = List.copyOf(objects);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LearningObject o : sources) {
      rows.add(Map.of("key", o.key(), "conceptUris", o.conceptUris()));
    }
    Map<LearningObject, List<ObjectConcept>> result = new HashMap<>();
    sources.forEach(o -> result.put(o, List.of()));
    for (Record r :
        graph.read(Statement.CONCEPTS_OF_OBJECTS, Map.of("objects", rows, "withAltLabels", true))) {
      result.put(
          sources.get(r.get("index").asInt()), r.get("concepts").asList(ObjectConcept::fromRow));
    }
    return result;
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

  /**
   * The object of each request's key, with the properties it asks for (one statement for each
   * distinct projection, usually one); keys of objects that do not exist or are not visible are
   * absent.
   */
  Map<ObjectRequest, LearningObject> byKeys(Collection<ObjectRequest> requests, Role role) {
    Map<ObjectRequest, LearningObject> result = new HashMap<>();
    byProjection(requests)
        .forEach(
            (properties, group) -> {
              Map<String, LearningObject> found =
                  graph.readOne(
                      Statement.OBJECTS_BY_KEYS,
                      keys(group),
                      Map.of("role", role.name(), "objectProperties", properties),
                      "o",
                      v -> read(properties, v));
              group.forEach(r -> result.put(r, found.get(r.key())));
            });
    result.values().removeIf(java.util.Objects::isNull);
    return result;
  }

  /**
   * The objects {@code query} lists for each request's key (its translations or versions), with the
   * properties each request asks for: one statement for each distinct projection.
   */
  Map<ObjectRequest, List<LearningObject>> listed(
      Statement query, Collection<ObjectRequest> requests, Role role) {
    Map<ObjectRequest, List<LearningObject>> result = new HashMap<>();
    byProjection(requests)
        .forEach(
            (properties, group) -> {
              Map<String, List<LearningObject>> found =
                  graph.readLists(
                      query,
                      keys(group),
                      Map.of("role", role.name(), "objectProperties", properties),
                      "objects",
                      v -> read(properties, v));
              group.forEach(r -> result.put(r, found.getOrDefault(r.key(), List.of())));
            });
    return result;
  }

  private static Map<List<String>, List<ObjectRequest>> byProjection(
      Collection<ObjectRequest> requests) {
    Map<List<String>, List<ObjectRequest>> groups = new java.util.LinkedHashMap<>();
    requests.forEach(r -> groups.computeIfAbsent(r.properties(), k -> new ArrayList<>()).add(r));
    return groups;
  }

  private static List<String> keys(List<ObjectRequest> group) {
    return group.stream().map(ObjectRequest::key).distinct().toList();
  }

  private static LearningObject read(List<String> properties, Value values) {
    return ObjectProjection.reading(properties).read(values.asList());
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
                          LearningObject.from(v.get("object")),
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

  <T> Map<String, List<T>> lists(
      Statement query,
      Collection<String> keys,
      Role role,
      String column,
      java.util.function.Function<Value, T> mapper) {
    return graph.readLists(query, keys, role.name(), column, mapper);
  }
}
