package org.pathgraph.concept;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.Prefetched;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * An object's place in the curriculum: the {@code concepts} and {@code educationalGoals} fields of
 * {@code LearningObject}. Both come from properties read with the object itself ({@code
 * conceptUris}, {@code goalSources}/{@code goalIds}), so they agree with its other fields even
 * while an import rewrites it.
 */
@Controller
class ObjectCurriculumController {

  private final Graph graph;

  ObjectCurriculumController(Graph graph) {
    this.graph = graph;
  }

  @BatchMapping(typeName = "LearningObject")
  Map<LearningObject, List<Concept>> concepts(List<LearningObject> sources, GraphQLContext ctx) {
    // Objects that came with their concepts (a path's nodes) need no query; the rest share one,
    // which labels the URIs each object was read with.
    Prefetched prefetched = Prefetched.of(ctx);
    List<LearningObject> missing =
        sources.stream().filter(o -> prefetched.concepts(o.key()) == null).toList();
    List<List<Map<String, Object>>> read = missing.isEmpty() ? List.of() : concepts(missing);
    Map<LearningObject, List<Concept>> result = new LinkedHashMap<>();
    for (int i = 0; i < missing.size(); i++) {
      result.put(missing.get(i), read.get(i).stream().map(Concept::from).toList());
    }
    for (LearningObject o : sources) {
      List<Map<String, Object>> known = prefetched.concepts(o.key());
      if (known != null) {
        result.put(o, known.stream().map(Concept::from).toList());
      }
    }
    return result;
  }

  /** An object's goals are its own properties: no statement. */
  @BatchMapping(typeName = "LearningObject")
  Map<LearningObject, List<EducationalGoal>> educationalGoals(List<LearningObject> sources) {
    Map<LearningObject, List<EducationalGoal>> result = new LinkedHashMap<>();
    for (LearningObject o : sources) {
      List<EducationalGoal> goals = new ArrayList<>();
      for (int i = 0; i < Math.min(o.goalSources().size(), o.goalIds().size()); i++) {
        String source = o.goalSources().get(i);
        String id = o.goalIds().get(i);
        goals.add(new EducationalGoal(source + "|" + id, source, id));
      }
      result.put(o, goals);
    }
    return result;
  }

  /** The concepts (property maps) of each of {@code sources}, by position, in one statement. */
  private List<List<Map<String, Object>>> concepts(List<LearningObject> sources) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LearningObject o : sources) {
      rows.add(Map.of("key", o.key(), "conceptUris", o.conceptUris()));
    }
    List<List<Map<String, Object>>> result =
        new ArrayList<>(Collections.nCopies(sources.size(), List.of()));
    for (Record r :
        graph.read(Statement.CONCEPTS_OF_OBJECTS, Map.of("objects", rows, "withAltLabels", true))) {
      result.set(r.get("index").asInt(), r.get("concepts").asList(v -> v.asMap()));
    }
    return result;
  }
}
