package org.pathgraph.security;

import graphql.schema.DataFetchingEnvironment;
import org.pathgraph.api.Role;
import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Gives a controller method's {@link Role} parameter the role of the request, which {@link
 * RoleInterceptor} put into the GraphQL context once: fields take {@code Role role} instead of
 * looking it up themselves. (Spring Boot adds every such bean to the annotated controllers.)
 */
@Component
class RoleArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Role.class;
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment env) {
    return Role.of(env.getGraphQlContext());
  }
}
