package org.pathgraph.concept;

import graphql.GraphQLContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pathgraph.api.BadRequestException;
import org.pathgraph.api.Connection;
import org.pathgraph.api.Cursors;
import org.pathgraph.api.PageRequest;
import org.pathgraph.api.Role;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.ObjectFilter;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code Concept}, {@code ConceptScheme} and {@code EducationalGoal} types. Labels travel with
 * a concept; its relatives load with one statement per field for every concept of a request level;
 * the object and path connections take arguments, so they go through data loaders keyed by (parent,
 * arguments): one statement per request level as well.
 */
@Controller
class ConceptController {

  private final Graph graph;

  ConceptController(Graph graph, BatchLoaderRegistry loaders) {
    this.graph = graph;
    loaders
        .<PageRequest, Connection<LearningObject>>forName("objectPages")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(
                    PageRequest.load(
                        graph,
                        Statement.OBJECTS_OF_PARENTS,
                        List.copyOf(keys),
                        Role.of((GraphQLContext) env.getContext()),
                        LearningObject::from,
                        LearningObject::key)));
  }

  @QueryMapping
  Concept concept(@Argument String uri, Role role) {
    List<Record> rows = graph.read(Statement.FIND_CONCEPT, Map.of("uri", uri, "role", role.name()));
    return rows.isEmpty() ? null : Concept.from(rows.get(0).get("c"));
  }

  @QueryMapping
  Connection<Concept> concepts(@Argument Integer first, @Argument String after, Role role) {
    int size = Cursors.pageSize(first);
    String afterKey = Cursors.decode(after);
    Map<String, Object> params = new HashMap<>();
    params.put("role", role.name());
    params.put("after", afterKey);
    params.put("limit", size + 1);
    Record row = graph.read(Statement.PAGE_CONCEPTS, params).get(0);
    return Connection.of(
        row.get("page").asList(v -> Concept.from(v)),
        size,
        afterKey != null,
        row.get("total").asInt(),
        Concept::uri);
  }

  @QueryMapping
  List<ConceptScheme> conceptSchemes() {
    return graph.read(Statement.ALL_SCHEMES, Map.of()).stream()
        .map(r -> ConceptScheme.from(r.get("s")))
        .toList();
  }

  @QueryMapping
  List<Concept> topConcepts(@Argument String scheme) {
    return graph
        .readLists(
            Statement.TOP_CONCEPTS_OF_SCHEMES,
            List.of(scheme),
            Role.ANONYMOUS.name(),
            "concepts",
            Concept::from)
        .get(scheme);
  }

  @QueryMapping
  List<Concept> conceptLookup(@Argument String label, @Argument String language) {
    if (label.isBlank()) {
      throw new BadRequestException("'label' must not be blank");
    }
    Map<String, Object> params = new HashMap<>();
    params.put("label", label.strip());
    params.put("language", language);
    return graph.read(Statement.LOOKUP_CONCEPTS, params).stream()
        .map(r -> Concept.from(r.get("c")))
        .toList();
  }

  @QueryMapping
  EducationalGoal educationalGoal(@Argument String source, @Argument String id, Role role) {
    List<Record> rows =
        graph.read(Statement.FIND_GOAL, Map.of("key", source + "|" + id, "role", role.name()));
    return rows.isEmpty() ? null : EducationalGoal.from(rows.get(0).get("g"));
  }

  @QueryMapping
  List<EducationalGoalGroup> educationalGoals(@Argument String source, Role role) {
    Map<String, Object> params = new HashMap<>();
    params.put("source", source);
    params.put("role", role.name());
    return graph.read(Statement.GOALS_BY_SOURCE, params).stream()
        .map(
            r ->
                new EducationalGoalGroup(
                    r.get("source").asString(),
                    r.get("goals").asList(v -> EducationalGoal.from(v))))
        .toList();
  }

  @SchemaMapping
  String prefLabel(Concept concept, @Argument List<String> languages) {
    return concept.prefLabel(languages);
  }

  @SchemaMapping
  List<LanguageLabel> prefLabels(Concept concept) {
    return concept.prefLabels().entrySet().stream()
        .map(e -> new LanguageLabel(e.getKey(), e.getValue()))
        .toList();
  }

  @SchemaMapping
  List<String> altLabels(Concept concept, @Argument String language) {
    if (language != null) {
      return concept.altLabels().getOrDefault(language.toLowerCase(Locale.ROOT), List.of());
    }
    return concept.altLabels().values().stream().flatMap(List::stream).toList();
  }

  @SchemaMapping(typeName = "ConceptScheme")
  String title(ConceptScheme scheme, @Argument List<String> languages) {
    return scheme.title(languages);
  }

  @BatchMapping
  Map<Concept, List<Concept>> broader(List<Concept> concepts) {
    return relatives(concepts, "broader");
  }

  @BatchMapping
  Map<Concept, List<Concept>> narrower(List<Concept> concepts) {
    return relatives(concepts, "narrower");
  }

  @BatchMapping
  Map<Concept, List<Concept>> related(List<Concept> concepts) {
    return relatives(concepts, "related");
  }

  @BatchMapping
  Map<Concept, List<Concept>> broaderTransitive(List<Concept> concepts) {
    return relatives(concepts, "broaderTransitive");
  }

  @BatchMapping
  Map<Concept, List<Concept>> narrowerTransitive(List<Concept> concepts) {
    return relatives(concepts, "narrowerTransitive");
  }

  @BatchMapping
  Map<Concept, List<ConceptScheme>> schemes(List<Concept> concepts) {
    return children(
        concepts, Concept::uri, Statement.SCHEMES_OF_CONCEPTS, "schemes", ConceptScheme::from);
  }

  @BatchMapping
  Map<Concept, ConceptScheme> scheme(List<Concept> concepts) {
    Map<Concept, ConceptScheme> result = new LinkedHashMap<>();
    schemes(concepts).forEach((c, s) -> result.put(c, s.isEmpty() ? null : s.get(0)));
    return result;
  }

  @BatchMapping(typeName = "ConceptScheme")
  Map<ConceptScheme, List<Concept>> topConcepts(List<ConceptScheme> schemes) {
    return children(
        schemes, ConceptScheme::uri, Statement.TOP_CONCEPTS_OF_SCHEMES, "concepts", Concept::from);
  }

  @SchemaMapping(typeName = "Concept", field = "learningObjects")
  CompletableFuture<Connection<LearningObject>> conceptObjects(
      Concept concept,
      @Argument Boolean includeNarrower,
      @Argument Map<String, Object> filter,
      @Argument Integer first,
      @Argument String after,
      DataLoader<PageRequest, Connection<LearningObject>> objectPages) {
    return objectPages.load(
        PageRequest.of(
            "concept",
            concept.uri(),
            includeNarrower,
            ObjectFilter.parameters(filter),
            first,
            after));
  }

  @SchemaMapping(typeName = "EducationalGoal", field = "learningObjects")
  CompletableFuture<Connection<LearningObject>> goalObjects(
      EducationalGoal goal,
      @Argument Integer first,
      @Argument String after,
      DataLoader<PageRequest, Connection<LearningObject>> objectPages) {
    return objectPages.load(PageRequest.of("goal", goal.key(), false, Map.of(), first, after));
  }

  private Map<Concept, List<Concept>> relatives(List<Concept> concepts, String relation) {
    Map<String, List<Concept>> rows = new HashMap<>();
    List<String> keys = concepts.stream().map(Concept::uri).distinct().toList();
    for (Record r :
        graph.read(Statement.RELATIVES_OF_CONCEPTS, Map.of("keys", keys, "relation", relation))) {
      rows.put(r.get("key").asString(), r.get("concepts").asList(Concept::from));
    }
    Map<Concept, List<Concept>> result = new LinkedHashMap<>();
    for (Concept c : concepts) {
      result.put(c, rows.getOrDefault(c.uri(), List.of()));
    }
    return result;
  }

  private <P, T> Map<P, List<T>> children(
      List<P> parents,
      Function<P, String> key,
      Statement query,
      String column,
      Function<Value, T> mapper) {
    // Concepts and schemes are not access-controlled; the statement takes no role.
    Map<String, List<T>> rows =
        graph.readLists(
            query,
            parents.stream().map(key).distinct().toList(),
            Role.ANONYMOUS.name(),
            column,
            mapper);
    Map<P, List<T>> result = new LinkedHashMap<>();
    for (P parent : parents) {
      result.put(parent, rows.getOrDefault(key.apply(parent), List.of()));
    }
    return result;
  }
}
