package org.pathgraph.path;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.api.Connection;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.RelatedRequest;
import org.pathgraph.api.Role;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.Link;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * The {@code LearningPath} and {@code PathNode} types. A path's nodes load once per request through
 * the {@code pathNodes} loader and carry each other, so walking a path (progress, problems, diagram
 * here; next, previous and transitions in {@link NavigationController}) costs no further node
 * query; what a node shows loads through {@code nodeObjects}, every node of a request at once. A
 * path's derived figures are in {@link PathStatsController}.
 */
@Controller
class PathController {

  private final PathRepository paths;
  private final PathgraphProperties properties;

  PathController(
      PathRepository paths, PathgraphProperties properties, BatchLoaderRegistry loaders) {
    this.paths = paths;
    this.properties = properties;
    loaders
        .<String, PathNodes>forName("pathNodes")
        .registerMappedBatchLoader(
            (keys, env) -> {
              // Nodes come with what they show the caller, so the role is part of the load.
              Map<String, PathNodes> found =
                  paths.nodes(keys, Role.of((GraphQLContext) env.getContext()));
              Map<String, PathNodes> result = new HashMap<>();
              keys.forEach(k -> result.put(k, found.getOrDefault(k, new PathNodes())));
              return Mono.just(result);
            });
    loaders
        .<String, PathRepository.NodeObject>forName("nodeObjects")
        .registerMappedBatchLoader(
            (keys, env) -> {
              Map<String, PathRepository.NodeObject> found =
                  paths.objectsOfNodes(keys, Role.of((GraphQLContext) env.getContext()));
              Map<String, PathRepository.NodeObject> result = new HashMap<>();
              keys.forEach(
                  k -> result.put(k, found.getOrDefault(k, PathRepository.NodeObject.NONE)));
              return Mono.just(result);
            });
    // Loaders read the request's role from its context: the same for every key of a request, so
    // one statement answers them all.
    loaders
        .<RelatedRequest, List<RelatedPath>>forName("relatedPaths")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(
                    paths.related(List.copyOf(keys), Role.of((GraphQLContext) env.getContext()))));
  }

  /** The fields of a path that are made of its nodes. */
  private static final Set<String> OF_NODES =
      Set.of("nodes", "startNodes", "node", "progress", "problems", "diagram");

  @SchemaMapping
  CompletableFuture<List<RelatedPath>> relatedPaths(
      LearningPath path,
      @Argument Integer first,
      @Argument List<String> languages,
      DataLoader<RelatedRequest, List<RelatedPath>> relatedPaths) {
    return relatedPaths.load(RelatedRequest.of(path.key(), first, languages));
  }

  /**
   * One path. When the query asks for anything made of its nodes, the path is read with its nodes
   * (and their objects, concepts and embeds) in one statement, and the nodes go into the request's
   * {@code pathNodes} loader, so the node fields cost no further round trip.
   */
  @QueryMapping
  LearningPath learningPath(
      @Argument String hruid,
      @Argument String language,
      Role role,
      DataFetchingEnvironment env,
      DataLoader<String, PathNodes> pathNodes) {
    if (env.getSelectionSet().getImmediateFields().stream()
        .noneMatch(f -> OF_NODES.contains(f.getName()))) {
      return paths.find(hruid, language);
    }
    PathRepository.WithNodes found =
        paths.withNodes(hruid, language, NodeSelection.of(env.getSelectionSet()), role);
    if (found == null) {
      return null;
    }
    pathNodes.prime(found.path().key(), found.nodes());
    return found.path();
  }

  @QueryMapping
  Connection<LearningPath> learningPaths(
      @Argument Map<String, Object> filter,
      @Argument Integer first,
      @Argument String after,
      Role role) {
    return paths.page(filter, first, after, role);
  }

  @QueryMapping
  String pathGraph(@Argument String language, @Argument String format, Role role) {
    return Diagrams.linkedPaths(paths.linkedPaths(language, role), format(format));
  }

  @SchemaMapping
  String image(LearningPath path) {
    if (!path.hasImage()) {
      return null;
    }
    return properties.links().baseUrl()
        + "/images/paths/"
        + UriUtils.encodePathSegment(path.language(), "UTF-8")
        + "/"
        + UriUtils.encodePathSegment(path.hruid(), "UTF-8");
  }

  @SchemaMapping
  CompletableFuture<List<PathNode>> nodes(
      LearningPath path, DataLoader<String, PathNodes> pathNodes) {
    return pathNodes.load(path.key()).thenApply(PathNodes::ordered);
  }

  @SchemaMapping
  CompletableFuture<List<PathNode>> startNodes(
      LearningPath path, DataLoader<String, PathNodes> pathNodes) {
    return pathNodes
        .load(path.key())
        .thenApply(n -> n.ordered().stream().filter(PathNode::isStart).toList());
  }

  @SchemaMapping
  CompletableFuture<PathNode> node(
      LearningPath path, @Argument String hruid, DataLoader<String, PathNodes> pathNodes) {
    return pathNodes
        .load(path.key())
        .thenApply(
            n ->
                n.ordered().stream()
                    .filter(node -> node.ref().hruid().equals(hruid))
                    .findFirst()
                    .orElse(null));
  }

  @SchemaMapping
  CompletableFuture<PathProgress> progress(
      LearningPath path,
      @Argument List<Map<String, Object>> completed,
      DataLoader<String, PathNodes> pathNodes,
      DataLoader<String, PathRepository.NodeObject> nodeObjects) {
    return pathNodes
        .load(path.key())
        .thenCompose(
            nodes -> {
              CompletableFuture<List<PathRepository.NodeObject>> objects =
                  nodeObjects.loadMany(nodes.ordered().stream().map(PathNode::key).toList());
              // loadMany is queued like load: dispatch happens with the rest of the level.
              return objects.thenApply(
                  shown -> PathProgress.of(nodes.ordered(), shown, refs(completed)));
            });
  }

  @SchemaMapping
  CompletableFuture<List<ImportProblem>> problems(
      LearningPath path, DataLoader<String, PathNodes> pathNodes) {
    return pathNodes.load(path.key()).thenApply(n -> PathProblems.of(path, n.ordered()));
  }

  @SchemaMapping
  CompletableFuture<String> diagram(
      LearningPath path,
      @Argument String format,
      DataLoader<String, PathNodes> pathNodes,
      DataLoader<String, PathRepository.NodeObject> nodeObjects) {
    return pathNodes
        .load(path.key())
        .thenCompose(
            nodes ->
                nodeObjects
                    .loadMany(nodes.ordered().stream().map(PathNode::key).toList())
                    .thenApply(
                        shown -> {
                          Map<String, String> titles = new HashMap<>();
                          for (int i = 0; i < shown.size(); i++) {
                            LearningObject o = shown.get(i).object();
                            PathNode n = nodes.ordered().get(i);
                            titles.put(
                                n.key(),
                                o != null && o.title() != null && !o.title().isBlank()
                                    ? o.title()
                                    : n.ref().key());
                          }
                          return Diagrams.path(
                              nodes.ordered(), n -> titles.get(n.key()), format(format));
                        }));
  }

  @BatchMapping
  Map<LearningPath, List<Link>> linkedFrom(
      List<LearningPath> sources, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    Map<String, List<Link>> links =
        paths.linksTo(sources.stream().map(LearningPath::key).toList(), role);
    Map<LearningPath, List<Link>> result = new LinkedHashMap<>();
    for (LearningPath p : sources) {
      result.put(p, links.getOrDefault(p.key(), List.of()));
    }
    return result;
  }

  private static Diagrams.Format format(String format) {
    return format == null ? Diagrams.Format.MERMAID : Diagrams.Format.valueOf(format);
  }

  private static List<ObjectRef> refs(List<Map<String, Object>> completed) {
    List<ObjectRef> result = new ArrayList<>();
    for (Map<String, Object> c : completed) {
      result.add(
          new ObjectRef(
              (String) c.get("hruid"), (String) c.get("language"), (Integer) c.get("version")));
    }
    return result;
  }
}
