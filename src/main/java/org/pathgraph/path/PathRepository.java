package org.pathgraph.path;

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
import org.pathgraph.content.Embed;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.Link;
import org.pathgraph.content.ObjectConcept;
import org.pathgraph.content.ObjectProjection;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
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
    return rows.isEmpty() ? null : LearningPath.from(rows.get(0).get("p"));
  }

  /** Paths by key; unknown keys are absent. */
  public Map<String, LearningPath> byKeys(Collection<String> keys) {
    return graph.readOne(
        Statement.PATHS_BY_KEYS, keys, Role.ANONYMOUS.name(), "p", LearningPath::from);
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
        LearningPath::from,
        LearningPath::key);
  }

  /**
   * The nodes of each path, in path order, with what they show the caller (every property of their
   * objects, with concepts, embeds and transitions).
   */
  Map<String, PathNodes> nodes(Collection<String> pathKeys, Role role) {
    Map<String, PathNodes> result = new HashMap<>();
    NodeSelection all = NodeSelection.ALL;
    for (Record r : graph.read(Statement.NODES_OF_PATHS, all.parameters(pathKeys, role))) {
      result.put(r.get("key").asString(), nodes(r, all.objects()));
    }
    return result;
  }

  /**
   * The path {@code hruid}/{@code language} with its nodes, in the one statement that loads nodes
   * (a path's key is {@code hruid/language}), reading what {@code selection} needs; null when there
   * is no such path.
   */
  WithNodes withNodes(String hruid, String language, NodeSelection selection, Role role) {
    List<Record> rows =
        graph.read(
            Statement.NODES_OF_PATHS, selection.parameters(List.of(hruid + "/" + language), role));
    if (rows.isEmpty()) {
      return null;
    }
    Record r = rows.get(0);
    return new WithNodes(LearningPath.from(r.get("path")), nodes(r, selection.objects()));
  }

  /** A path and its nodes, read together. */
  record WithNodes(LearningPath path, PathNodes nodes) {}

  private static PathNodes nodes(Record r, ObjectProjection objects) {
    String key = r.get("key").asString();
    PathNodes nodes = new PathNodes();
    for (Value n : r.get("nodes").values()) {
      nodes.add(node(key, n, objects, nodes));
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
      LearningObject o = r.get("o").isNull() ? null : LearningObject.from(r.get("o"));
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

  Map<String, PathStats> stats(Collection<String> pathKeys, Role role) {
    return graph.readOne(Statement.STATS_OF_PATHS, pathKeys, role.name(), "stats", PathStats::from);
  }

  /** The content links to each path, from the objects the caller may see; all resolved. */
  Map<String, List<Link>> linksTo(Collection<String> pathKeys, Role role) {
    return graph.readLists(
        Statement.LINKS_TO_PATHS,
        pathKeys,
        role.name(),
        "links",
        m ->
            new Link(
                m.get("kind").asString(null),
                m.get("target").asString(null),
                m.get("fragment").asString(null),
                true,
                m.get("source").asString(null)));
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

  /** A node from its row of {@code path/nodes-of-paths}: values by position. */
  private static PathNode node(String pathKey, Value n, ObjectProjection objects, PathNodes nodes) {
    List<PathNode.Transition> transitions =
        n.get(7)
            .asList(
                t ->
                    new PathNode.Transition(
                        t.get(0).asString(null),
                        t.get(1).asBoolean(false),
                        refOfKey(t.get(2).asString()),
                        t.get(3).asString(null),
                        t.get(4).asBoolean(false),
                        nodes));
    Value object = n.get(9);
    Value concepts = n.get(10);
    Value embeds = n.get(11);
    return new PathNode(
        n.get(0).asString(),
        pathKey,
        n.get(1).asInt(),
        n.get(2).asInt(),
        n.get(3).asBoolean(false),
        new ObjectRef(
            n.get(4).asString(null),
            n.get(5).asString(null),
            n.get(6).isNull() ? null : n.get(6).asInt()),
        n.get(8).asBoolean(false),
        object.isNull() ? null : objects.read(object.asList()),
        concepts.isNull() ? null : concepts.asList(ObjectConcept::fromRow),
        embeds.isNull() ? null : embeds.asList(Embed::from),
        n.get(12).asBoolean(false),
        transitions,
        nodes);
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
                          LearningPath.from(v.get("path")),
                          v.get("score").asDouble(),
                          v.get("reasons").asList(org.neo4j.driver.Value::asString))));
    }
    return result;
  }
}
