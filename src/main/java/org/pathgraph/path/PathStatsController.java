package org.pathgraph.path;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Values;
import org.pathgraph.path.PathController.RoleKey;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * A path's derived figures (ages, total time, keywords, languages): five fields over the objects
 * the caller may see, answered for every path of a request by one batched statement.
 */
@Controller
class PathStatsController {

  PathStatsController(PathRepository paths, BatchLoaderRegistry loaders) {
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
}
