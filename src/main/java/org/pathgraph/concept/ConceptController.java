package org.pathgraph.concept;

import graphql.GraphQLContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.pathgraph.content.LearningObject;
import org.pathgraph.graphql.Connection;
import org.pathgraph.graphql.Cursors;
import org.pathgraph.graphql.Role;
import org.pathgraph.neo4j.Graph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code Concept} and {@code EducationalGoal} types. Their object connections take arguments,
 * so they go through a data loader keyed by (parent, page): one statement per request level.
 */
@Controller
class ConceptController {

  private final Graph graph;

  ConceptController(Graph graph, BatchLoaderRegistry loaders) {
    this.graph = graph;
    loaders
        .<PageKey, Connection<LearningObject>>forName("objectPages")
        .registerMappedBatchLoader((keys, env) -> Mono.just(pages(List.copyOf(keys))));
  }

  /** One page of the objects of a concept or goal, as a data-loader key. */
  record PageKey(String kind, String key, int first, String after, Role role) {}

  @QueryMapping
  Concept concept(@Argument String uri) {
    List<Record> rows = graph.read("concept/find-concept", Map.of("uri", uri));
    return rows.isEmpty() ? null : Concept.from(rows.get(0).get("c").asMap());
  }

  @QueryMapping
  Connection<Concept> concepts(@Argument Integer first, @Argument String after) {
    int size = Cursors.pageSize(first);
    String afterKey = Cursors.decode(after);
    Map<String, Object> params = new HashMap<>();
    params.put("after", afterKey);
    params.put("limit", size + 1);
    Record row = graph.read("concept/page-concepts", params).get(0);
    return Connection.of(
        row.get("page").asList(v -> Concept.from(v.asMap())),
        size,
        afterKey != null,
        row.get("total").asInt(),
        Concept::uri);
  }

  @QueryMapping
  EducationalGoal educationalGoal(@Argument String source, @Argument String id) {
    List<Record> rows = graph.read("concept/find-goal", Map.of("key", source + "|" + id));
    return rows.isEmpty() ? null : EducationalGoal.from(rows.get(0).get("g").asMap());
  }

  @SchemaMapping(typeName = "Concept", field = "learningObjects")
  CompletableFuture<Connection<LearningObject>> conceptObjects(
      Concept concept,
      @Argument Integer first,
      @Argument String after,
      DataLoader<PageKey, Connection<LearningObject>> objectPages,
      GraphQLContext ctx) {
    return objectPages.load(
        new PageKey(
            "concept",
            concept.uri(),
            Cursors.pageSize(first),
            Cursors.decode(after),
            Role.of(ctx)));
  }

  @SchemaMapping(typeName = "EducationalGoal", field = "learningObjects")
  CompletableFuture<Connection<LearningObject>> goalObjects(
      EducationalGoal goal,
      @Argument Integer first,
      @Argument String after,
      DataLoader<PageKey, Connection<LearningObject>> objectPages,
      GraphQLContext ctx) {
    return objectPages.load(
        new PageKey(
            "goal", goal.key(), Cursors.pageSize(first), Cursors.decode(after), Role.of(ctx)));
  }

  private Map<PageKey, Connection<LearningObject>> pages(List<PageKey> keys) {
    List<Map<String, Object>> requests = new java.util.ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      PageKey k = keys.get(i);
      Map<String, Object> r = new HashMap<>();
      r.put("id", i);
      r.put("kind", k.kind());
      r.put("key", k.key());
      r.put("after", k.after());
      r.put("limit", k.first() + 1);
      requests.add(r);
    }
    Map<PageKey, Connection<LearningObject>> result = new LinkedHashMap<>();
    // A request carries one role; the statement takes it once.
    Role role = keys.get(0).role();
    for (Record row :
        graph.read(
            "concept/objects-of-parents", Map.of("requests", requests, "role", role.name()))) {
      PageKey k = keys.get(row.get("id").asInt());
      result.put(
          k,
          Connection.of(
              row.get("page").asList(v -> LearningObject.from(v.asMap())),
              k.first(),
              k.after() != null,
              row.get("total").asInt(),
              LearningObject::key));
    }
    return result;
  }
}
