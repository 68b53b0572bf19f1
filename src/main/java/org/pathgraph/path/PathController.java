package org.pathgraph.path;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.content.LearningObject;
import org.pathgraph.graphql.Connection;
import org.pathgraph.graphql.Role;
import org.pathgraph.graphql.Values;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * The {@code LearningPath}, {@code PathNode} and {@code Transition} types. Nodes come with their
 * path, so walking a path (next, previous, transitions) costs no further query.
 */
@Controller
class PathController {

  private final PathRepository paths;
  private final PathgraphProperties properties;

  PathController(
      PathRepository paths, PathgraphProperties properties, BatchLoaderRegistry loaders) {
    this.paths = paths;
    this.properties = properties;
    // The derived figures of a path are four fields answered by one batched statement.
    loaders
        .<StatsKey, Map<String, Object>>forName("pathStats")
        .registerMappedBatchLoader(
            (keys, env) -> {
              Map<StatsKey, Map<String, Object>> result = new LinkedHashMap<>();
              Role role = keys.iterator().next().role();
              Map<String, Map<String, Object>> stats =
                  paths.stats(keys.stream().map(StatsKey::pathKey).toList(), role);
              keys.forEach(k -> result.put(k, stats.getOrDefault(k.pathKey(), Map.of())));
              return Mono.just(result);
            });
  }

  /** A path and the role its derived figures are computed for. */
  record StatsKey(String pathKey, Role role) {}

  @QueryMapping
  LearningPath learningPath(@Argument String hruid, @Argument String language) {
    return paths.find(hruid, language);
  }

  @QueryMapping
  Connection<LearningPath> learningPaths(
      @Argument Map<String, Object> filter,
      @Argument Integer first,
      @Argument String after,
      GraphQLContext context) {
    return paths.page(filter, first, after, Role.of(context));
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

  @BatchMapping
  Map<LearningPath, List<PathNode>> nodes(List<LearningPath> sources) {
    Map<String, PathNodes> nodes = paths.nodes(sources.stream().map(LearningPath::key).toList());
    Map<LearningPath, List<PathNode>> result = new LinkedHashMap<>();
    sources.forEach(p -> result.put(p, nodes.getOrDefault(p.key(), new PathNodes()).ordered()));
    return result;
  }

  @BatchMapping
  Map<LearningPath, List<PathNode>> startNodes(List<LearningPath> sources) {
    Map<String, PathNodes> nodes = paths.nodes(sources.stream().map(LearningPath::key).toList());
    Map<LearningPath, List<PathNode>> result = new LinkedHashMap<>();
    sources.forEach(
        p ->
            result.put(
                p,
                nodes.getOrDefault(p.key(), new PathNodes()).ordered().stream()
                    .filter(PathNode::isStart)
                    .toList()));
    return result;
  }

  @BatchMapping
  Map<LearningPath, List<org.pathgraph.content.Link>> linkedFrom(
      List<LearningPath> sources, GraphQLContext ctx) {
    Map<String, List<Map<String, Object>>> rows =
        paths.linksTo(sources.stream().map(LearningPath::key).toList(), Role.of(ctx));
    Map<LearningPath, List<org.pathgraph.content.Link>> result = new LinkedHashMap<>();
    for (LearningPath p : sources) {
      result.put(
          p,
          rows.getOrDefault(p.key(), List.of()).stream()
              .map(
                  m ->
                      new org.pathgraph.content.Link(
                          (String) m.get("kind"),
                          (String) m.get("target"),
                          (String) m.get("fragment"),
                          true,
                          (String) m.get("source")))
              .toList());
    }
    return result;
  }

  @SchemaMapping
  CompletableFuture<Integer> minAge(
      LearningPath path, DataLoader<StatsKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx).thenApply(s -> Values.integerOrNull(s.get("minAge")));
  }

  @SchemaMapping
  CompletableFuture<Integer> maxAge(
      LearningPath path, DataLoader<StatsKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx).thenApply(s -> Values.integerOrNull(s.get("maxAge")));
  }

  @SchemaMapping
  CompletableFuture<Integer> totalEstimatedTime(
      LearningPath path, DataLoader<StatsKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx)
        .thenApply(s -> Values.integerOrNull(s.get("totalEstimatedTime")));
  }

  @SchemaMapping
  CompletableFuture<List<String>> keywords(
      LearningPath path, DataLoader<StatsKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx)
        .thenApply(s -> new ArrayList<>(new LinkedHashSet<>(Values.strings(s.get("keywords")))));
  }

  @SchemaMapping
  CompletableFuture<List<String>> languages(
      LearningPath path, DataLoader<StatsKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx).thenApply(s -> Values.strings(s.get("languages")));
  }

  private static CompletableFuture<Map<String, Object>> stat(
      LearningPath path, DataLoader<StatsKey, Map<String, Object>> loader, GraphQLContext ctx) {
    return loader.load(new StatsKey(path.key(), Role.of(ctx)));
  }

  @BatchMapping(typeName = "PathNode")
  Map<PathNode, LearningObject> learningObject(List<PathNode> sources, GraphQLContext ctx) {
    Map<String, LearningObject> found =
        paths.objectsOfNodes(sources.stream().map(PathNode::key).toList(), Role.of(ctx));
    Map<PathNode, LearningObject> result = new LinkedHashMap<>();
    for (PathNode node : sources) {
      LearningObject o = found.get(node.key());
      if (o != null) {
        result.put(node, o);
      }
    }
    return result;
  }

  @SchemaMapping(typeName = "PathNode")
  PathNode next(PathNode node) {
    return node.transitions().stream()
        .filter(PathNode.Transition::isDefault)
        .findFirst()
        .map(t -> node.nodes().get(t.nodeKey()))
        .orElse(null);
  }

  @SchemaMapping(typeName = "PathNode")
  PathNode previous(PathNode node) {
    for (PathNode candidate : node.nodes().ordered()) {
      PathNode after = next(candidate);
      if (after != null && after.key().equals(node.key()) && candidate != node) {
        return candidate;
      }
    }
    return null;
  }

  @SchemaMapping(typeName = "Transition")
  PathNode next(PathNode.Transition transition) {
    return transition.nodes().get(transition.nodeKey());
  }
}
