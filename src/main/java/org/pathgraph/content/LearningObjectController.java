package org.pathgraph.content;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.pathgraph.api.Connection;
import org.pathgraph.api.RelatedRequest;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.render.CtSchema;
import org.pathgraph.render.RenderResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code LearningObject} type and its root queries; every child field is batched. */
@Controller
class LearningObjectController {

  private final LearningObjectRepository objects;

  LearningObjectController(
      LearningObjectRepository objects, Rendering rendering, BatchLoaderRegistry loaders) {
    this.objects = objects;
    // html, renderWarnings, ctSchema and gift of every object of a request: one render pass and
    // at most one query for the objects they embed.
    loaders
        .<RenderKey, RenderResult>forName("renders")
        .registerMappedBatchLoader(
            (keys, env) -> {
              Role role = keys.iterator().next().role();
              Map<LearningObject, RenderResult> rendered =
                  rendering.render(
                      keys.stream().map(RenderKey::object).toList(),
                      role,
                      Prefetched.of((GraphQLContext) env.getContext()));
              Map<RenderKey, RenderResult> result = new LinkedHashMap<>();
              keys.forEach(k -> result.put(k, rendered.get(k.object())));
              return Mono.just(result);
            });
    loaders
        .<RelatedRequest, List<RelatedObject>>forName("related")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(
                    objects.related(
                        List.copyOf(keys), Role.of((GraphQLContext) env.getContext()))));
  }

  /** An object to render and the role it is rendered for. */
  record RenderKey(LearningObject object, Role role) {}

  /** One object, read with only what the request selects of it, its concepts included. */
  @QueryMapping
  LearningObject learningObject(
      @Argument String hruid,
      @Argument String language,
      @Argument Integer version,
      DataFetchingEnvironment env) {
    GraphQLContext context = env.getGraphQlContext();
    return objects.find(
        hruid,
        language,
        version,
        ObjectProjection.of(env.getSelectionSet(), null),
        Role.of(context),
        Prefetched.of(context));
  }

  @QueryMapping
  Connection<LearningObject> learningObjects(
      @Argument Map<String, Object> filter,
      @Argument Integer first,
      @Argument String after,
      DataFetchingEnvironment env) {
    return objects.page(
        ObjectFilter.parameters(filter),
        first,
        after,
        ObjectProjection.of(env.getSelectionSet(), "edges/node"),
        Role.of(env.getGraphQlContext()));
  }

  @BatchMapping
  Map<LearningObject, List<Link>> linksTo(List<LearningObject> sources, GraphQLContext ctx) {
    return children(sources, Statement.LINKS_FROM_OBJECTS, "links", Link::from, ctx);
  }

  @BatchMapping
  Map<LearningObject, List<Link>> linkedFrom(List<LearningObject> sources, GraphQLContext ctx) {
    return children(sources, Statement.LINKS_TO_OBJECTS, "links", Link::from, ctx);
  }

  @BatchMapping
  Map<LearningObject, List<LearningObject>> translations(
      List<LearningObject> sources, GraphQLContext ctx) {
    return children(
        sources, Statement.TRANSLATIONS_OF_OBJECTS, "objects", LearningObject::from, ctx);
  }

  @BatchMapping
  Map<LearningObject, List<LearningObject>> versions(
      List<LearningObject> sources, GraphQLContext ctx) {
    return children(sources, Statement.VERSIONS_OF_OBJECTS, "objects", LearningObject::from, ctx);
  }

  /**
   * A quiz's source holds its answers and feedback, so it is for teachers and admins; every other
   * type's source is for whoever may see the object (its html is made from it).
   */
  @SchemaMapping
  String markdown(LearningObject object, GraphQLContext ctx) {
    return "text/gift".equals(object.contentType()) && Role.of(ctx) == Role.ANONYMOUS
        ? null
        : object.markdown();
  }

  @SchemaMapping
  CompletableFuture<String> html(
      LearningObject object, DataLoader<RenderKey, RenderResult> renders, GraphQLContext ctx) {
    return renders.load(new RenderKey(object, Role.of(ctx))).thenApply(RenderResult::html);
  }

  @SchemaMapping
  CompletableFuture<List<String>> renderWarnings(
      LearningObject object, DataLoader<RenderKey, RenderResult> renders, GraphQLContext ctx) {
    return renders.load(new RenderKey(object, Role.of(ctx))).thenApply(RenderResult::warnings);
  }

  @SchemaMapping
  CompletableFuture<CtSchema> ctSchema(
      LearningObject object, DataLoader<RenderKey, RenderResult> renders, GraphQLContext ctx) {
    return renders.load(new RenderKey(object, Role.of(ctx))).thenApply(RenderResult::ctSchema);
  }

  @SchemaMapping
  CompletableFuture<Map<String, Object>> gift(
      LearningObject object, DataLoader<RenderKey, RenderResult> renders, GraphQLContext ctx) {
    Role role = Role.of(ctx);
    return renders
        .load(new RenderKey(object, role))
        .thenApply(
            r ->
                r.giftQuiz() == null
                    ? null
                    : Map.of("questions", GiftQuestion.of(r.giftQuiz(), role)));
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
  Map<LearningObject, List<Link>> links(List<LearningObject> sources, GraphQLContext ctx) {
    return linksTo(sources, ctx);
  }

  private <T> Map<LearningObject, List<T>> children(
      List<LearningObject> sources,
      Statement query,
      String column,
      Function<Map<String, Object>, T> mapper,
      GraphQLContext ctx) {
    Map<String, List<Map<String, Object>>> rows =
        objects.lists(
            query, sources.stream().map(LearningObject::key).toList(), Role.of(ctx), column);
    Map<LearningObject, List<T>> result = new LinkedHashMap<>();
    for (LearningObject source : sources) {
      result.put(source, rows.getOrDefault(source.key(), List.of()).stream().map(mapper).toList());
    }
    return result;
  }
}
