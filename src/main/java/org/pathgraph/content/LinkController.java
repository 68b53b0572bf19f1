package org.pathgraph.content;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.pathgraph.api.Role;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code Link} type: its ends are looked up by key through one loader, every link of a request
 * level at once, with what the request selects of them.
 */
@Controller
class LinkController {

  LinkController(LearningObjectRepository objects, BatchLoaderRegistry loaders) {
    loaders
        .<ObjectRequest, LearningObject>forName("objectsByKey")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.just(objects.byKeys(keys, Role.of((GraphQLContext) env.getContext()))));
  }

  @SchemaMapping
  CompletableFuture<LearningObject> source(
      Link link,
      DataFetchingEnvironment env,
      DataLoader<ObjectRequest, LearningObject> objectsByKey) {
    return objectsByKey.load(ObjectRequest.of(link.source(), env));
  }

  @SchemaMapping
  CompletableFuture<LearningObject> object(
      Link link,
      DataFetchingEnvironment env,
      DataLoader<ObjectRequest, LearningObject> objectsByKey) {
    if (link.toPath() || !link.resolved()) {
      return CompletableFuture.completedFuture(null);
    }
    return objectsByKey.load(ObjectRequest.of(link.target(), env));
  }
}
