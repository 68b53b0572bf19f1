package org.pathgraph.content;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;
import org.pathgraph.api.Connection;
import org.pathgraph.api.RelatedRequest;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.render.CtSchema;
import org.pathgraph.render.RenderResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code LearningObject} type and its root queries; every child field is batched, or primed by
 * the statement that read its object (see {@link ObjectChildren}).
 */
@Controller
class LearningObjectController {

  private final LearningObjectRepository objects;
  private final Rendering rendering;

  LearningObjectController(
      LearningObjectRepository objects, Rendering rendering, BatchLoaderRegistry loaders) {
    this.objects = objects;
    this.rendering = rendering;
    // Objects of a request level whose concepts or embeds did not come with them share one
    // statement each; the role is the request's, the same for every key.
    loaders
        .<LearningObject, List<ObjectConcept>>forName(ObjectChildren.CONCEPTS)
        .registerMappedBatchLoader((keys, env) -> Mono.just(objects.concepts(keys)));
    loaders
        .<String, List<Embed>>forName(ObjectChildren.EMBEDS)
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(rendering.embeds(keys, Role.of((GraphQLContext) env.getContext()))));
    // An object's translations and versions, with what the request selects of them.
    Map.of(
            "translations",
            Statement.TRANSLATIONS_OF_OBJECTS,
            "versions",
            Statement.VERSIONS_OF_OBJECTS)
        .forEach(
            (name, statement) ->
                loaders
                    .<ObjectRequest, List<LearningObject>>forName(name)
                    .registerMappedBatchLoader(
                        (keys, env) ->
                            Mono.just(
                                objects.listed(
                                    statement, keys, Role.of((GraphQLContext) env.getContext())))));
    loaders
        .<RelatedRequest, List<RelatedObject>>forName("related")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(
                    objects.related(
                        List.copyOf(keys), Role.of((GraphQLContext) env.getContext()))));
  }

  /**
   * One object, read with only what the request selects of it, its concepts included (they prime
   * the {@code objectConcepts} loader, so the {@code concepts} field runs no statement).
   */
  @QueryMapping
  LearningObject learningObject(
      @Argument String hruid,
      @Argument String language,
      @Argument Integer version,
      Role role,
      DataFetchingEnvironment env) {
    LearningObjectRepository.Found found =
        objects.find(
            hruid, language, version, ObjectProjection.of(env.getSelectionSet(), null), role);
    if (found == null) {
      return null;
    }
    ObjectChildren.prime(env, found.object(), found.concepts(), null);
    return found.object();
  }

  @QueryMapping
  Connection<LearningObject> learningObjects(
      @Argument Map<String, Object> filter,
      @Argument Integer first,
      @Argument String after,
      Role role,
      DataFetchingEnvironment env) {
    return objects.page(
        ObjectFilter.parameters(filter),
        first,
        after,
        ObjectProjection.of(env.getSelectionSet(), "edges/node"),
        role);
  }

  @BatchMapping
  Map<LearningObject, List<Link>> linksTo(
      List<LearningObject> sources, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    return children(sources, Statement.LINKS_FROM_OBJECTS, "links", Link::from, role);
  }

  @BatchMapping
  Map<LearningObject, List<Link>> linkedFrom(
      List<LearningObject> sources, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    return children(sources, Statement.LINKS_TO_OBJECTS, "links", Link::from, role);
  }

  @SchemaMapping
  CompletableFuture<List<LearningObject>> translations(
      LearningObject object,
      DataFetchingEnvironment env,
      DataLoader<ObjectRequest, List<LearningObject>> translations) {
    return translations.load(ObjectRequest.of(object.key(), env));
  }

  @SchemaMapping
  CompletableFuture<List<LearningObject>> versions(
      LearningObject object,
      DataFetchingEnvironment env,
      DataLoader<ObjectRequest, List<LearningObject>> versions) {
    return versions.load(ObjectRequest.of(object.key(), env));
  }

  /**
   * A quiz's source holds its answers and feedback, so it is for teachers and admins; every other
   * type's source is for whoever may see the object (its html is made from it).
   */
  @SchemaMapping
  String markdown(LearningObject object, Role role) {
    return "text/gift".equals(object.contentType()) && role == Role.ANONYMOUS
        ? null
        : object.markdown();
  }

  @SchemaMapping
  CompletableFuture<String> html(
      LearningObject object, DataLoader<String, List<Embed>> objectEmbeds, Role role) {
    return rendered(object, objectEmbeds, role).thenApply(RenderResult::html);
  }

  @SchemaMapping
  CompletableFuture<List<String>> renderWarnings(
      LearningObject object, DataLoader<String, List<Embed>> objectEmbeds, Role role) {
    return rendered(object, objectEmbeds, role).thenApply(RenderResult::warnings);
  }

  @SchemaMapping
  CompletableFuture<CtSchema> ctSchema(
      LearningObject object, DataLoader<String, List<Embed>> objectEmbeds, Role role) {
    return rendered(object, objectEmbeds, role).thenApply(RenderResult::ctSchema);
  }

  @SchemaMapping
  CompletableFuture<Map<String, Object>> gift(
      LearningObject object, DataLoader<String, List<Embed>> objectEmbeds, Role role) {
    return rendered(object, objectEmbeds, role)
        .thenApply(
            r ->
                r.giftQuiz() == null
                    ? null
                    : Map.of("questions", GiftQuestion.of(r.giftQuiz(), role)));
  }

  /**
   * The rendered form of {@code object}: at once when it embeds nothing or its embeds came with it,
   * else after the level's one statement for the embeds of all its objects. The render cache (keyed
   * by the content and its embeds) answers the second of two fields of one object.
   */
  private CompletableFuture<RenderResult> rendered(
      LearningObject object, DataLoader<String, List<Embed>> embeds, Role role) {
    if (!Rendering.embedsObjects(object)) {
      return CompletableFuture.completedFuture(rendering.render(object, List.of(), role));
    }
    return embeds.load(object.key()).thenApply(e -> rendering.render(object, e, role));
  }

  @SchemaMapping
  CompletableFuture<List<RelatedObject>> related(
      LearningObject object,
      @Argument Integer first,
      @Argument List<String> languages,
      DataLoader<RelatedRequest, List<RelatedObject>> related) {
    return related.load(RelatedRequest.of(object.key(), first, languages));
  }

  @BatchMapping
  Map<LearningObject, List<Link>> links(
      List<LearningObject> sources, @ContextValue(name = Role.CONTEXT_KEY) Role role) {
    return linksTo(sources, role);
  }

  private <T> Map<LearningObject, List<T>> children(
      List<LearningObject> sources,
      Statement query,
      String column,
      Function<Value, T> mapper,
      Role role) {
    Map<String, List<T>> rows =
        objects.lists(
            query, sources.stream().map(LearningObject::key).toList(), role, column, mapper);
    Map<LearningObject, List<T>> result = new LinkedHashMap<>();
    for (LearningObject source : sources) {
      result.put(source, rows.getOrDefault(source.key(), List.of()));
    }
    return result;
  }
}
