package org.pathgraph.security;

import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import java.util.Map;
import org.pathgraph.api.Role;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Role} into the GraphQL context, on the request thread where the
 * security context is known, so resolvers and batch loaders on any thread see it.
 */
@Component
public class RoleInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Role role = role(SecurityContextHolder.getContext().getAuthentication());
    request.configureExecutionInput(
        (input, builder) ->
            builder
                .graphQLContext(
                    Map.of(
                        Role.CONTEXT_KEY,
                        role,
                        // Lets a resolver load nodes, then their objects, without a dispatch
                        // stall: progress and diagrams chain two batched loads.
                        DataLoaderDispatchingContextKeys.ENABLE_DATA_LOADER_CHAINING,
                        true))
                .build());
    return chain.next(request);
  }

  /** The role of an authentication; anonymous for none. */
  public static Role role(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Role.ANONYMOUS;
    }
    Role role = Role.ANONYMOUS;
    for (GrantedAuthority a : authentication.getAuthorities()) {
      if ("ROLE_ADMIN".equals(a.getAuthority())) {
        return Role.ADMIN;
      }
      if ("ROLE_TEACHER".equals(a.getAuthority())) {
        role = Role.TEACHER;
      }
    }
    return role;
  }
}
