package org.pathgraph.path;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.api.Connection;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.RelatedRequest;
import org.pathgraph.api.Role;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.Link;
import org.pathgraph.content.Prefetched;
import org.pathgraph.neo4j.Values;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code LearningPath}, {@code PathNode} and {@code Transition} types. A path's nodes load once
 * per request through the {@code pathNodes} loader and carry each other, so walking a path (next,
 * previous, transitions, progress, problems, diagram) costs no further node query; what a node
 * shows loads through {@code nodeObjects}, every node of a request at once.
 */
@Controller
class PathController {

  private final PathRepository paths;
  private final PathgraphProperties properties;
  private final JsonMapper json;
  private final Counter conditionEvaluations;

  PathController(
      PathRepository paths,
      PathgraphProperties properties,
      BatchLoaderRegistry loaders,
      JsonMapper json,
      Optional<MeterRegistry> meters) {
    this.paths = paths;
    this.properties = properties;
    this.json = json;
    this.conditionEvaluations =
        meters
            .map(
                m ->
                    Counter.builder("pathgraph.conditions.evaluated")
                        .description(
                            "Transition conditions evaluated against a returnValue (once per"
                                + " condition and distinct returnValue of a request)")
                        .register(m))
            .orElse(null);
    loaders
        .<String, PathNodes>forName("pathNodes")
        .registerMappedBatchLoader(
            (keys, env) -> {
              // Nodes come with what they show the caller, so the role is part of the load.
              GraphQLContext context = env.getContext();
              Map<String, PathNodes> found =
                  paths.nodes(keys, Role.of(context), Prefetched.of(context));
              Map<String, PathNodes> result = new HashMap<>();
              keys.forEach(k -> result.put(k, found.getOrDefault(k, new PathNodes())));
              return Mono.just(result);
            });
    loaders
        .<RoleKey, PathRepository.NodeObject>forName("nodeObjects")
        .registerMappedBatchLoader(
            (keys, env) -> {
              Role role = keys.iterator().next().role();
              Map<String, PathRepository.NodeObject> found =
                  paths.objectsOfNodes(keys.stream().map(RoleKey::key).toList(), role);
              Map<RoleKey, PathRepository.NodeObject> result = new HashMap<>();
              keys.forEach(
                  k -> result.put(k, found.getOrDefault(k.key(), PathRepository.NodeObject.NONE)));
              return Mono.just(result);
            });
    // The role is the same for every key of a request, so one statement answers them all.
    loaders
        .<RelatedRequest, List<RelatedPath>>forName("relatedPaths")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(
                    paths.related(List.copyOf(keys), Role.of((GraphQLContext) env.getContext()))));
    // The derived figures of a path are five fields answered by one batched statement.
    loaders
        .<RoleKey, Map<String, Object>>forName("pathStats")
        .registerMappedBatchLoader(
            (keys, env) -> {
              Role role = keys.iterator().next().role();
              Map<String, Map<String, Object>> stats =
                  paths.stats(keys.stream().map(RoleKey::key).toList(), role);
              Map<RoleKey, Map<String, Object>> result = new LinkedHashMap<>();
              keys.forEach(k -> result.put(k, stats.getOrDefault(k.key(), Map.of())));
              return Mono.just(result);
            });
  }

  /** A key and the role of the request it is loaded for: what is visible depends on it. */
  record RoleKey(String key, Role role) {}

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
      DataFetchingEnvironment env,
      DataLoader<String, PathNodes> pathNodes) {
    if (!env.getSelectionSet()
        .containsAnyOf("nodes", "startNodes", "node", "progress", "problems", "diagram")) {
      return paths.find(hruid, language);
    }
    GraphQLContext context = env.getGraphQlContext();
    PathRepository.WithNodes found =
        paths.withNodes(hruid, language, Role.of(context), Prefetched.of(context));
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
      GraphQLContext context) {
    return paths.page(filter, first, after, Role.of(context));
  }

  @QueryMapping
  String pathGraph(@Argument String language, @Argument String format, GraphQLContext context) {
    return Diagrams.linkedPaths(paths.linkedPaths(language, Role.of(context)), format(format));
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
      DataLoader<RoleKey, PathRepository.NodeObject> nodeObjects,
      GraphQLContext ctx) {
    Role role = Role.of(ctx);
    return pathNodes
        .load(path.key())
        .thenCompose(
            nodes -> {
              CompletableFuture<List<PathRepository.NodeObject>> objects =
                  nodeObjects.loadMany(
                      nodes.ordered().stream().map(n -> new RoleKey(n.key(), role)).toList());
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
      DataLoader<RoleKey, PathRepository.NodeObject> nodeObjects,
      GraphQLContext ctx) {
    Role role = Role.of(ctx);
    return pathNodes
        .load(path.key())
        .thenCompose(
            nodes ->
                nodeObjects
                    .loadMany(
                        nodes.ordered().stream().map(n -> new RoleKey(n.key(), role)).toList())
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
  Map<LearningPath, List<Link>> linkedFrom(List<LearningPath> sources, GraphQLContext ctx) {
    Map<String, List<Map<String, Object>>> rows =
        paths.linksTo(sources.stream().map(LearningPath::key).toList(), Role.of(ctx));
    Map<LearningPath, List<Link>> result = new LinkedHashMap<>();
    for (LearningPath p : sources) {
      result.put(
          p,
          rows.getOrDefault(p.key(), List.of()).stream()
              .map(
                  m ->
                      new Link(
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
      LearningPath path, DataLoader<RoleKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx).thenApply(s -> Values.integerOrNull(s.get("minAge")));
  }

  @SchemaMapping
  CompletableFuture<Integer> maxAge(
      LearningPath path, DataLoader<RoleKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx).thenApply(s -> Values.integerOrNull(s.get("maxAge")));
  }

  @SchemaMapping
  CompletableFuture<Integer> totalEstimatedTime(
      LearningPath path, DataLoader<RoleKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx)
        .thenApply(s -> Values.integerOrNull(s.get("totalEstimatedTime")));
  }

  @SchemaMapping
  CompletableFuture<List<String>> keywords(
      LearningPath path, DataLoader<RoleKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx)
        .thenApply(s -> new ArrayList<>(new LinkedHashSet<>(Values.strings(s.get("keywords")))));
  }

  @SchemaMapping
  CompletableFuture<List<String>> languages(
      LearningPath path, DataLoader<RoleKey, Map<String, Object>> pathStats, GraphQLContext ctx) {
    return stat(path, pathStats, ctx).thenApply(s -> Values.strings(s.get("languages")));
  }

  private static CompletableFuture<Map<String, Object>> stat(
      LearningPath path, DataLoader<RoleKey, Map<String, Object>> loader, GraphQLContext ctx) {
    return loader.load(new RoleKey(path.key(), Role.of(ctx)));
  }

  @SchemaMapping(typeName = "PathNode")
  LearningObject learningObject(PathNode node) {
    return node.object();
  }

  @SchemaMapping(typeName = "PathNode")
  boolean restricted(PathNode node) {
    return node.restricted();
  }

  @SchemaMapping(typeName = "PathNode")
  PathNode next(PathNode node, @Argument Object returnValue, GraphQLContext ctx) {
    if (returnValue == null) {
      return defaultNext(node);
    }
    ConditionRun conditions =
        ctx.computeIfAbsent(
            ConditionRun.class,
            k ->
                new ConditionRun(
                    properties.limits().conditionBudget().toBytes(), json, conditionEvaluations));
    PathNode.Transition chosen = conditions.choose(node.transitions(), returnValue);
    return chosen == null ? null : node.nodes().get(chosen.nodeKey());
  }

  private static PathNode defaultNext(PathNode node) {
    return node.transitions().stream()
        .filter(PathNode.Transition::isDefault)
        .findFirst()
        .map(t -> node.nodes().get(t.nodeKey()))
        .orElse(null);
  }

  @SchemaMapping(typeName = "PathNode")
  PathNode previous(PathNode node) {
    for (PathNode candidate : node.nodes().ordered()) {
      PathNode after = defaultNext(candidate);
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
