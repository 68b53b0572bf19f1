package org.pathgraph.concept;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.ObjectConcept;
import org.pathgraph.content.ObjectProjection;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * An object's place in the curriculum: the {@code concepts} and {@code educationalGoals} fields of
 * {@code LearningObject}. Both come from properties read with the object itself ({@code
 * conceptUris}, {@code goalSources}/{@code goalIds}), so they agree with its other fields even
 * while an import rewrites it.
 */
@Controller
class ObjectCurriculumController {

  /**
   * Through the {@code objectConcepts} loader: primed when the statement that read the object read
   * its concepts too, else one statement for every object of the request level; a selection of the
   * URIs alone needs neither.
   */
  @SchemaMapping(typeName = "LearningObject")
  CompletableFuture<List<Concept>> concepts(
      LearningObject object,
      DataFetchingEnvironment env,
      DataLoader<LearningObject, List<ObjectConcept>> objectConcepts) {
    if (ObjectProjection.uriOnly(env.getSelectionSet())) {
      // The URIs the object was read with are the answer (sorted, as the labelled list is).
      return CompletableFuture.completedFuture(
          object.conceptUris().stream().map(Concept::bare).toList());
    }
    return objectConcepts
        .load(object)
        .thenApply(concepts -> concepts.stream().map(Concept::of).toList());
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
}
