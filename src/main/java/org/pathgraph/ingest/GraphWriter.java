package org.pathgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.search.SearchLanguage;

/** Turns parsed objects and paths into the parameters of the upsert statements, and runs them. */
final class GraphWriter {

  private final Graph graph;

  GraphWriter(Graph graph) {
    this.graph = graph;
  }

  void upsertObject(ObjectSource o) {
    Map<String, Object> props = new HashMap<>();
    props.put("key", o.key());
    props.put("hruid", o.hruid());
    props.put("language", o.language());
    props.put("version", o.version());
    props.put("title", o.title());
    props.put("description", o.description());
    props.put("keywords", o.keywords());
    props.put("contentType", o.contentType());
    props.put("targetAges", o.targetAges());
    if (!o.targetAges().isEmpty()) {
      props.put("minAge", o.targetAges().stream().mapToInt(Integer::intValue).min().getAsInt());
      props.put("maxAge", o.targetAges().stream().mapToInt(Integer::intValue).max().getAsInt());
    }
    props.put("difficulty", o.difficulty());
    props.put("estimatedTime", o.estimatedTime());
    props.put("teacherExclusive", o.teacherExclusive());
    props.put("available", o.available());
    props.put("copyright", o.copyright());
    props.put("licence", o.licence());
    props.put("returnValue", o.returnValue());
    props.put("contentLocation", o.contentLocation());
    props.put("aspectRatio", o.aspectRatio());
    props.put("markdown", o.body());
    props.put("contentFile", o.contentFile());
    props.put("sourceFile", o.sourceFile());
    props.put("folder", o.folder());
    props.put("contentHash", o.contentHash());
    props.put("searchText", SearchText.of(o.contentType(), o.body()));
    props.values().removeIf(v -> v == null);

    List<Map<String, Object>> goals = new ArrayList<>();
    for (GoalRef g : o.goals()) {
      goals.add(Map.of("key", g.source() + "|" + g.id(), "source", g.source(), "id", g.id()));
    }
    List<Map<String, Object>> links = new ArrayList<>();
    for (LinkRef l : o.links()) {
      Map<String, Object> link = new HashMap<>();
      link.put("kind", l.kind().name());
      link.put("target", l.target());
      link.put("fragment", l.fragment());
      link.put("placeholder", (l.kind() == LinkKind.PATH_LINK ? "path:" : "object:") + l.target());
      links.add(link);
    }
    graph.write(
        "ingest/upsert-object",
        Map.of(
            "props",
            props,
            "searchLabel",
            SearchLanguage.of(o.language()).objectLabel(),
            "concepts",
            o.concepts(),
            "goals",
            goals,
            "links",
            links));
  }

  void upsertPath(PathSource p) {
    Map<String, Object> props = new HashMap<>();
    props.put("key", p.key());
    props.put("hruid", p.hruid());
    props.put("language", p.language());
    props.put("title", p.title());
    props.put("description", p.description());
    props.put("sourceFile", p.sourceFile());
    props.put("contentHash", p.contentHash());
    props.put("nodeCount", p.nodes().size());
    props.put("hasImage", p.image() != null);
    props.values().removeIf(v -> v == null);

    List<Integer> order = PathOrder.order(p.nodes());
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> transitions = new ArrayList<>();
    for (NodeSource n : p.nodes()) {
      Map<String, Object> node = new HashMap<>();
      node.put("key", p.key() + "#" + n.index());
      node.put("pathKey", p.key());
      node.put("index", n.index());
      node.put("position", order.indexOf(n.index()));
      node.put("isStart", n.start());
      node.put("refHruid", n.ref().hruid());
      node.put("refLanguage", n.ref().language());
      node.put("refVersion", n.ref().version());
      node.put("refKey", n.ref().key());
      node.put("instruction", n.instruction());
      node.values().removeIf(v -> v == null);
      nodes.add(Map.of("props", node));
      for (TransitionSource t : n.transitions()) {
        Map<String, Object> transition = new HashMap<>();
        transition.put("from", n.index());
        transition.put("order", t.order());
        transition.put("condition", t.condition());
        transition.put("isDefault", t.isDefault());
        transition.put("targetKey", t.next().key());
        int to = PathOrder.indexOf(p.nodes(), t.next());
        transition.put("toIndex", to < 0 ? null : to);
        transitions.add(transition);
      }
    }
    List<Map<String, Object>> image =
        p.image() == null
            ? List.of()
            : List.of(
                Map.of(
                    "type",
                    p.imageType() == null ? "application/octet-stream" : p.imageType(),
                    "data",
                    p.image()));
    graph.write(
        "ingest/upsert-path",
        Map.of(
            "props", props,
            "searchLabel", SearchLanguage.of(p.language()).pathLabel(),
            "nodes", nodes,
            "transitions", transitions,
            "image", image));
  }

  void deleteObject(String key) {
    graph.write("ingest/delete-object", Map.of("key", key));
  }

  void deletePath(String key) {
    graph.write("ingest/delete-path", Map.of("key", key));
  }

  void resolveReferences() {
    graph.write("ingest/resolve-references", Map.of());
  }
}
