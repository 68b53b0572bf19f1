package org.pathgraph.path;

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
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.ObjectProjection;
import org.pathgraph.content.Prefetched;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.neo4j.Values;
import org.springframework.stereotype.Repository;

/** Reads learning paths; every method is one Cypher round trip, whatever the number of keys. */
@Repository
class PathRepository {

  private final Graph graph;

  PathRepository(Graph graph) {
    this.graph = graph;
  }

  LearningPath find(String hruid, String language) {
    List<Record> rows =
        graph.read(Statement.FIND_PATH, Map.of("hruid", hruid, "language", language));
    return rows.isEmpty() ? null : LearningPath.from(rows.get(0).get("p").asMap());
  }

  /** Paths by key; unknown keys are absent. */
  public Map<String, LearningPath> byKeys(Collection<String> keys) {
    Map<String, LearningPath> result = new HashMap<>();
    graph
        .readMaps(Statement.PATHS_BY_KEYS, keys, Role.ANONYMOUS.name(), "p")
        .forEach((k, m) -> result.put(k, LearningPath.from(m)));
    return result;
  }

  Connection<LearningPath> page(
      Map<String, Object> filter, Integer first, String after, Role role) {
    Map<String, Object> params = new HashMap<>();
    Map<String, Object> f = filter == null ? Map.of() : filter;
    for (String name : List.of("language", "targetAge", "concept", "keyword")) {
      params.put(name, f.get(name));
    }
    return PageRequest.page(
        graph,
        Statement.PAGE_PATHS,
        params,
        first,
        after,
        role,
        v -> LearningPath.from(v.asMap()),
        LearningPath::key);
  }

  /**
   * The nodes of each path, in path order, with what they show the caller (every property of their
   * objects, with concepts, embeds and transitions); the concepts and embeds go to {@code
   * prefetched}.
   */
  Map<String, PathNodes> nodes(Collection<String> pathKeys, Role role, Prefetched prefetched) {
    Map<String, PathNodes> result = new HashMap<>();
    NodeSelection all = NodeSelection.ALL;
    for (Record r : graph.read(Statement.NODES_OF_PATHS, all.parameters(pathKeys, role))) {
      result.put(r.get("key").asString(), nodes(r, all.objects(), prefetched));
    }
    return result;
  }

  /**
   * The path {@code hruid}/{@code language} with its nodes, in the one statement that loads nodes
   * (a path's key is {@code hruid/language}), reading what {@code selection} needs; null when there
   * is no such path.
   */
  WithNodes withNodes(
      String hruid, String language, NodeSelection selection, Role role, Prefetched prefetched) {
    List<Record> rows =
        graph.read(
            Statement.NODES_OF_PATHS, selection.parameters(List.of(hruid + "/" + language), role));
    if (rows.isEmpty()) {
      return null;
    }
    Record r = rows.get(0);
    return new WithNodes(
        LearningPath.from(r.get("path").asMap()), nodes(r, selection.objects(), prefetched));
  }

  /** A path and its nodes, read together. */
  record WithNodes(LearningPath path, PathNodes nodes) {}

  private static PathNodes nodes(Record r, ObjectProjection objects, Prefetched prefetched) {
    String key = r.get("key").asString();
    PathNodes nodes = new PathNodes();
    for (Object n : r.get("nodes").asList(v -> v.asMap())) {
      Map<String, Object> node = asStringMap((Map<?, ?>) n);
      LearningObject object =
          node.get("object") instanceof List<?> values ? objects.read(values) : null;
      if (object != null) {
        prefetched.add(object.key(), node.get("concepts"), node.get("embeds"));
      }
      nodes.add(node(key, node, object, nodes));
    }
    return nodes;
  }

  /** What each node shows the caller: its object, or only that it is restricted. */
  Map<String, NodeObject> objectsOfNodes(Collection<String> nodeKeys, Role role) {
    Map<String, NodeObject> result = new HashMap<>();
    for (Record r :
        graph.read(
            Statement.OBJECTS_OF_NODES,
            Map.of("keys", List.copyOf(nodeKeys), "role", role.name()))) {
      LearningObject o = r.get("o").isNull() ? null : LearningObject.from(r.get("o").asMap());
      result.put(r.get("key").asString(), new NodeObject(o, r.get("restricted").asBoolean()));
    }
    return result;
  }

  /** The object a node shows the caller, or null with {@code restricted} telling why. */
  record NodeObject(LearningObject object, boolean restricted) {
    static final NodeObject NONE = new NodeObject(null, false);
  }

  /** The paths of one language and the content links between them. */
  List<Map<String, Object>> linkedPaths(String language, Role role) {
    return graph
        .read(Statement.LINKED_PATHS, Map.of("language", language, "role", role.name()))
        .stream()
        .map(Record::asMap)
        .toList();
  }

  Map<String, Map<String, Object>> stats(Collection<String> pathKeys, Role role) {
    return graph.readMaps(Statement.STATS_OF_PATHS, pathKeys, role.name(), "stats");
  }

  Map<String, List<Map<String, Object>>> linksTo(Collection<String> pathKeys, Role role) {
    return graph.readLists(Statement.LINKS_TO_PATHS, pathKeys, role.name(), "links");
  }

  /** The cover image of a path: its media type and bytes, or null. */
  public Image image(String hruid, String language) {
    List<Record> rows =
        graph.read(Statement.PATH_IMAGE, Map.of("hruid", hruid, "language", language));
    if (rows.isEmpty()) {
      return null;
    }
    return new Image(rows.get(0).get("type").asString(), rows.get(0).get("data").asByteArray());
  }

  /** A path's cover image. */
  public record Image(String type, byte[] data) {}

  private static PathNode node(
      String pathKey, Map<String, Object> n, LearningObject object, PathNodes nodes) {
    List<PathNode.Transition> transitions =
        ((List<?>) n.get("transitions"))
            .stream()
                .map(t -> (Map<?, ?>) t)
                .map(
                    t ->
                        new PathNode.Transition(
                            (String) t.get("condition"),
                            Boolean.TRUE.equals(t.get("isDefault")),
                            refOfKey((String) t.get("targetKey")),
                            (String) t.get("nodeKey"),
                            Boolean.TRUE.equals(t.get("targetExists")),
                            nodes))
                .toList();
    return new PathNode(
        (String) n.get("key"),
        pathKey,
        Values.integer(n.get("index")),
        Values.integer(n.get("position")),
        Boolean.TRUE.equals(n.get("isStart")),
        new ObjectRef(
            (String) n.get("refHruid"),
            (String) n.get("refLanguage"),
            Values.integerOrNull(n.get("refVersion"))),
        Boolean.TRUE.equals(n.get("hasObject")),
        object,
        Boolean.TRUE.equals(n.get("restricted")),
        transitions,
        nodes);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asStringMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /** An object key {@code hruid/language/version} back into its parts ("?" for no version). */
  static ObjectRef refOfKey(String key) {
    int last = key.lastIndexOf('/');
    int middle = key.lastIndexOf('/', last - 1);
    String version = key.substring(last + 1);
    return new ObjectRef(
        key.substring(0, middle),
        key.substring(middle + 1, last),
        version.matches("-?\\d{1,9}") ? Integer.valueOf(version) : null);
  }

  /** The related paths of each key, best first (see {@code path/related-paths.cypher}). */
  Map<RelatedRequest, List<RelatedPath>> related(List<RelatedRequest> keys, Role role) {
    Map<String, Object> params = new HashMap<>();
    params.put("requests", Batched.requests(keys, RelatedRequest::fields));
    params.put("role", role.name());
    params.put("objectWeight", RelatedPath.OBJECT_WEIGHT);
    params.put("linkWeight", RelatedPath.LINK_WEIGHT);
    Map<RelatedRequest, List<RelatedPath>> result = new HashMap<>();
    keys.forEach(k -> result.put(k, List.of()));
    for (Record row : graph.read(Statement.RELATED_PATHS, params)) {
      result.put(
          Batched.keyOf(keys, row),
          row.get("related")
              .asList(
                  v ->
                      new RelatedPath(
                          LearningPath.from(v.get("path").asMap()),
                          v.get("score").asDouble(),
                          v.get("reasons").asList(org.neo4j.driver.Value::asString))));
    }
    return result;
  }
}
