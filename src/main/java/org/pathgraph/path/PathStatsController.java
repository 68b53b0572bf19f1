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
        .<String, PathStats>forName("pathStats")
        .registerMappedBatchLoader(
            (keys, env) -> {
              Map<String, PathStats> stats =
                  paths.stats(keys, Role.of((GraphQLContext) env.getContext()));
              Map<String, PathStats> result = new LinkedHashMap<>();
              keys.forEach(k -> result.put(k, stats.getOrDefault(k, PathStats.NONE)));
              return Mono.just(result);
            });
  }

  @SchemaMapping
  CompletableFuture<Integer> minAge(LearningPath path, DataLoader<String, PathStats> pathStats) {
    return pathStats.load(path.key()).thenApply(PathStats::minAge);
  }

  @SchemaMapping
  CompletableFuture<Integer> maxAge(LearningPath path, DataLoader<String, PathStats> pathStats) {
    return pathStats.load(path.key()).thenApply(PathStats::maxAge);
  }

  @SchemaMapping
  CompletableFuture<Integer> totalEstimatedTime(
      LearningPath path, DataLoader<String, PathStats> pathStats) {
    return pathStats.load(path.key()).thenApply(PathStats::totalEstimatedTime);
  }

  @SchemaMapping
  CompletableFuture<List<String>> keywords(
      LearningPath path, DataLoader<String, PathStats> pathStats) {
    return pathStats
        .load(path.key())
        .thenApply(s -> new ArrayList<>(new LinkedHashSet<>(s.keywords())));
  }

  @SchemaMapping
  CompletableFuture<List<String>> languages(
      LearningPath path, DataLoader<String, PathStats> pathStats) {
    return pathStats.load(path.key()).thenApply(PathStats::languages);
  }
}
