package org.pathgraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.pathgraph.concept.Concept;
import org.pathgraph.content.LearningObject;
import org.pathgraph.ingest.parse.GoalRef;
import org.pathgraph.ingest.parse.LinkKind;
import org.pathgraph.ingest.parse.LinkRef;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.ingest.parse.PathSource;
import org.pathgraph.ingest.parse.Vocabulary;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.path.NodeSource;
import org.pathgraph.path.PathOrder;
import org.pathgraph.path.TransitionSource;
import org.pathgraph.render.SearchText;
import org.pathgraph.search.SearchLanguage;
import tools.jackson.databind.json.JsonMapper;

/** Turns parsed objects and paths into the parameters of the upsert statements, and runs them. */
public final class GraphWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Graph graph;

  public GraphWriter(Graph graph) {
    this.graph = graph;
  }

  /** Writes {@code objects} in one transaction: all of them or, on failure, none. */
  public void upsertObjects(List<ObjectSource> objects) {
    graph.write(
        Statement.UPSERT_OBJECTS,
        Map.of("rows", objects.stream().map(GraphWriter::objectRow).toList()));
  }

  /**
   * A row of {@code ingest/upsert-objects} for {@code o}: {@code props}, {@code searchLabel},
   * {@code concepts}, {@code goals} and {@code links}. The benchmark's floor loads the same rows.
   */
  public static Map<String, Object> objectRow(ObjectSource o) {
    LearningObject object = o.object();
    // The node's properties are the served record's components by name (what LearningObject.from
    // reads back), mapped by the driver, so an object's field list is written down once. The
    // driver calls its mapping of records a preview; the import tests read every field back.
    Map<String, Object> props = new HashMap<>(Values.value(object).asMap());
    props.put("returnValue", json(object.returnValue()));
    if (!object.targetAges().isEmpty()) {
      props.put(
          "minAge", object.targetAges().stream().mapToInt(Integer::intValue).min().getAsInt());
      props.put(
          "maxAge", object.targetAges().stream().mapToInt(Integer::intValue).max().getAsInt());
    }
    props.put("searchText", SearchText.of(object.contentType(), object.markdown()));
    // The object's concepts and goals are also its own properties (conceptUris, goalSources,
    // goalIds), written with the rest of it: a request reads them with the object's other fields,
    // in one statement, so it never shows an object's old title with its new concepts while an
    // import rewrites it (TwoInstancesTests). The ABOUT and ADDRESSES edges stay for queries that
    // traverse them.
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
    return Map.of(
        "props",
        props,
        "searchLabels",
        searchLabels(o),
        "concepts",
        object.conceptUris(),
        "goals",
        goals,
        "links",
        links);
  }

  /** Writes {@code paths} in one transaction: all of them or, on failure, none. */
  public void upsertPaths(List<PathSource> paths) {
    graph.write(
        Statement.UPSERT_PATHS, Map.of("rows", paths.stream().map(GraphWriter::pathRow).toList()));
  }

  /**
   * A row of {@code ingest/upsert-paths} for {@code p}: {@code props}, {@code nodes}, {@code
   * transitions} and {@code image}.
   */
  public static Map<String, Object> pathRow(PathSource p) {
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
    return Map.of(
        "props", props,
        "searchLabel", SearchLanguage.of(p.language()).pathLabel(),
        "nodes", nodes,
        "transitions", transitions,
        "image", image);
  }

  public void deleteObject(String key) {
    graph.write(Statement.DELETE_OBJECT, Map.of("key", key));
  }

  public void deletePath(String key) {
    graph.write(Statement.DELETE_PATH, Map.of("key", key));
  }

  /** What {@link #writeVocabulary} wrote. */
  public record VocabularyWrites(
      int conceptsWritten, int conceptsRemoved, int schemesWritten, int schemesRemoved) {}

  /**
   * Writes the concepts and schemes whose hash differs from the one the graph holds, and removes
   * what no vocabulary describes any more, in one transaction; writes nothing when nothing changed.
   */
  public VocabularyWrites writeVocabulary(Vocabulary vocabulary) {
    Map<String, String> conceptsInGraph = new HashMap<>();
    Map<String, String> schemesInGraph = new HashMap<>();
    for (Record r : graph.read(Statement.READ_VOCABULARY_STATE, Map.of())) {
      ("concept".equals(r.get("kind").asString()) ? conceptsInGraph : schemesInGraph)
          .put(r.get("uri").asString(), r.get("hash").asString(null));
    }
    List<Map<String, Object>> concepts = new ArrayList<>();
    for (Vocabulary.Entry c : vocabulary.concepts().values()) {
      String hash = c.hash();
      if (hash.equals(conceptsInGraph.get(c.uri()))) {
        continue;
      }
      Map<String, Object> props = new HashMap<>();
      props.put("uri", c.uri());
      props.put("fromVocabulary", true);
      props.put("vocabularyHash", hash);
      props.put("prefLabel", Concept.pick(c.prefLabels(), null, c.uri()));
      props.put("prefLabelLanguages", List.copyOf(c.prefLabels().keySet()));
      props.put("prefLabelTexts", List.copyOf(c.prefLabels().values()));
      List<String> altLanguages = new ArrayList<>();
      List<String> altTexts = new ArrayList<>();
      c.altLabels()
          .forEach(
              (language, texts) ->
                  texts.forEach(
                      t -> {
                        altLanguages.add(language);
                        altTexts.add(t);
                      }));
      props.put("altLabelLanguages", altLanguages);
      props.put("altLabelTexts", altTexts);
      props.put("notation", c.notation());
      props.values().removeIf(v -> v == null || (v instanceof List<?> l && l.isEmpty()));
      concepts.add(
          Map.of(
              "props", props,
              "broader", List.copyOf(c.broader()),
              "related", List.copyOf(c.related()),
              "schemes", List.copyOf(c.schemes()),
              "topConceptOf", List.copyOf(c.topConceptOf())));
    }
    List<Map<String, Object>> schemes = new ArrayList<>();
    for (Vocabulary.Scheme s : vocabulary.schemes().values()) {
      String hash = s.hash();
      if (hash.equals(schemesInGraph.get(s.uri()))) {
        continue;
      }
      Map<String, Object> props = new HashMap<>();
      props.put("uri", s.uri());
      props.put("vocabularyHash", hash);
      props.put("titleLanguages", List.copyOf(s.titles().keySet()));
      props.put("titleTexts", List.copyOf(s.titles().values()));
      props.values().removeIf(v -> v instanceof List<?> l && l.isEmpty());
      schemes.add(props);
    }
    List<String> removedConcepts =
        conceptsInGraph.keySet().stream()
            .filter(uri -> !vocabulary.concepts().containsKey(uri))
            .sorted()
            .toList();
    List<String> removedSchemes =
        schemesInGraph.keySet().stream()
            .filter(uri -> !vocabulary.schemes().containsKey(uri))
            .sorted()
            .toList();
    VocabularyWrites writes =
        new VocabularyWrites(
            concepts.size(), removedConcepts.size(), schemes.size(), removedSchemes.size());
    if (writes.equals(new VocabularyWrites(0, 0, 0, 0))) {
      return writes;
    }
    graph.write(
        Statement.UPSERT_VOCABULARY,
        Map.of(
            "concepts", concepts,
            "schemes", schemes,
            "removedConcepts", removedConcepts,
            "removedSchemes", removedSchemes));
    return writes;
  }

  public void resolveReferences() {
    graph.write(Statement.RESOLVE_REFERENCES, Map.of());
  }

  /** The full-text labels an object is written with (see {@link SearchLanguage#objectLabels}). */
  public static List<String> searchLabels(ObjectSource o) {
    LearningObject object = o.object();
    return SearchLanguage.of(object.language())
        .objectLabels(object.teacherExclusive(), object.available());
  }

  /** The graph keeps a return value as JSON text (a property cannot hold a mapping). */
  private static String json(Object value) {
    return value == null ? null : JSON.writeValueAsString(value);
  }
}
