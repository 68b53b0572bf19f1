package org.pathgraph.concept;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.pathgraph.content.ObjectProjection;
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
                        ConceptController::object,
                        LearningObject::key)));
  }

  /**
   * One concept. When the request selects its {@code learningObjects} once, their page comes in the
   * same statement and primes the {@code objectPages} loader, so the concept with its objects is
   * one round trip.
   */
  @QueryMapping
  Concept concept(
      @Argument String uri,
      Role role,
      DataFetchingEnvironment env,
      DataLoader<PageRequest, Connection<LearningObject>> objectPages) {
    List<SelectedField> pages =
        env.getSelectionSet().getImmediateFields().stream()
            .filter(f -> f.getName().equals("learningObjects"))
            .toList();
    PageRequest page =
        pages.size() == 1
            ? conceptPage(uri, pages.get(0).getArguments(), pages.get(0).getSelectionSet())
            : null;
    Map<String, Object> params = new HashMap<>();
    params.put("uri", uri);
    params.put("role", role.name());
    params.put("objects", page == null ? null : page.parameters());
    List<Record> rows = graph.read(Statement.FIND_CONCEPT, params);
    if (rows.isEmpty()) {
      return null;
    }
    if (page != null) {
      Value objects = rows.get(0).get("objects");
      objectPages.prime(
          page,
          page.connection(
              objects.get("page"),
              objects.get("total"),
              v -> object(page, v),
              LearningObject::key));
    }
    return Concept.from(rows.get(0).get("c"));
  }

  /** The page request of a concept's {@code learningObjects} field with these arguments. */
  @SuppressWarnings("unchecked")
  private static PageRequest conceptPage(
      String uri, Map<String, Object> arguments, DataFetchingFieldSelectionSet selection) {
    return PageRequest.of(
        "concept",
        uri,
        (Boolean) arguments.get("includeNarrower"),
        ObjectFilter.parameters((Map<String, Object>) arguments.get("filter")),
        (Integer) arguments.get("first"),
        (String) arguments.get("after"),
        ObjectProjection.of(selection, "edges/node").properties());
  }

  /** An object of a page, from the values of the properties its request asked for. */
  private static LearningObject object(PageRequest request, Value values) {
    return ObjectProjection.reading(request.properties()).read(values.asList());
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
      DataFetchingEnvironment env,
      DataLoader<PageRequest, Connection<LearningObject>> objectPages) {
    return objectPages.load(conceptPage(concept.uri(), env.getArguments(), env.getSelectionSet()));
  }

  @SchemaMapping(typeName = "EducationalGoal", field = "learningObjects")
  CompletableFuture<Connection<LearningObject>> goalObjects(
      EducationalGoal goal,
      @Argument Integer first,
      @Argument String after,
      DataFetchingEnvironment env,
      DataLoader<PageRequest, Connection<LearningObject>> objectPages) {
    return objectPages.load(
        PageRequest.of(
            "goal",
            goal.key(),
            false,
            Map.of(),
            first,
            after,
            ObjectProjection.of(env.getSelectionSet(), "edges/node").properties()));
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
