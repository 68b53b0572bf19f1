package org.pathgraph.path;

import graphql.GraphQLContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.pathgraph.api.Connection;
import org.pathgraph.api.PageRequest;
import org.pathgraph.api.Role;
import org.pathgraph.concept.Concept;
import org.pathgraph.concept.EducationalGoal;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.Link;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The fields of other types that lead to paths: an object's paths, a link's path, a concept's and a
 * goal's paths. They live here, beside the paths, so that content and concept need not know paths;
 * each is one statement for every parent of a request level.
 */
@Controller
class PathFieldsController {

  private final Graph graph;
  private final PathRepository paths;

  PathFieldsController(Graph graph, PathRepository paths, BatchLoaderRegistry loaders) {
    this.graph = graph;
    this.paths = paths;
    loaders
        .<PageRequest, Connection<LearningPath>>forName("pathPages")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(
                    PageRequest.load(
                        graph,
                        Statement.PATHS_OF_PARENTS,
                        List.copyOf(keys),
                        Role.of((GraphQLContext) env.getContext()),
                        (request, v) -> LearningPath.from(v),
                        LearningPath::key)));
  }

  @BatchMapping(typeName = "LearningObject")
  Map<LearningObject, List<LearningPath>> paths(
      List<LearningObject> sources, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    Map<String, List<LearningPath>> rows =
        graph.readLists(
            Statement.PATHS_OF_OBJECTS,
            sources.stream().map(LearningObject::key).toList(),
            role.name(),
            "paths",
            LearningPath::from);
    Map<LearningObject, List<LearningPath>> result = new LinkedHashMap<>();
    for (LearningObject o : sources) {
      result.put(o, rows.getOrDefault(o.key(), List.of()));
    }
    return result;
  }

  @BatchMapping(typeName = "Link")
  Map<Link, LearningPath> path(List<Link> links) {
    Set<String> keys =
        links.stream()
            .filter(l -> l.toPath() && l.resolved())
            .map(Link::target)
            .collect(Collectors.toSet());
    Map<String, LearningPath> found = paths.byKeys(keys);
    // BatchMapping maps may not hold null values: absent keys resolve to null.
    Map<Link, LearningPath> result = new LinkedHashMap<>();
    for (Link link : links) {
      LearningPath path = link.toPath() ? found.get(link.target()) : null;
      if (path != null) {
        result.put(link, path);
      }
    }
    return result;
  }

  @SchemaMapping(typeName = "Concept", field = "learningPaths")
  CompletableFuture<Connection<LearningPath>> conceptPaths(
      Concept concept,
      @Argument Boolean includeNarrower,
      @Argument Integer first,
      @Argument String after,
      DataLoader<PageRequest, Connection<LearningPath>> pathPages) {
    return pathPages.load(
        PageRequest.of("concept", concept.uri(), includeNarrower, Map.of(), first, after, null));
  }

  @SchemaMapping(typeName = "EducationalGoal", field = "learningPaths")
  CompletableFuture<Connection<LearningPath>> goalPaths(
      EducationalGoal goal,
      @Argument Integer first,
      @Argument String after,
      DataLoader<PageRequest, Connection<LearningPath>> pathPages) {
    return pathPages.load(PageRequest.of("goal", goal.key(), false, Map.of(), first, after, null));
  }
}
