package org.pathgraph.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Makes every error of a response fit for a client ({@link ClientErrors}) before any transport
 * writes it. First in the interceptor chain, so it sees the response last, with whatever the other
 * interceptors added.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientErrorsInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(ClientErrorsInterceptor::clean);
  }

  @SuppressWarnings("unchecked")
  static WebGraphQlResponse clean(WebGraphQlResponse response) {
    if (response.getExecutionResult().getErrors().isEmpty()) {
      return response;
    }
    Map<String, Object> cleaned = ClientErrors.clean(response.toMap());
    List<GraphQLError> errors =
        ((List<Map<String, Object>>) cleaned.get("errors"))
            .stream().map(e -> (GraphQLError) new Cleaned(e)).toList();
    return response.transform(builder -> builder.errors(errors));
  }

  /** An error already in its client form: written exactly as {@link ClientErrors} made it. */
  private record Cleaned(Map<String, Object> specification) implements GraphQLError {

    @Override
    public Map<String, Object> toSpecification() {
      return specification;
    }

    @Override
    public String getMessage() {
      return String.valueOf(specification.get("message"));
    }

    @Override
    public List<SourceLocation> getLocations() {
      // Only the specification form is ever written, and it keeps the locations.
      return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object> getPath() {
      return specification.get("path") instanceof List<?> path ? (List<Object>) path : null;
    }

    @Override
    public ErrorClassification getErrorType() {
      return specification.get("extensions") instanceof Map<?, ?> extensions
              && extensions.get("classification") instanceof String classification
          ? ErrorClassification.errorClassification(classification)
          : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> getExtensions() {
      return specification.get("extensions") instanceof Map<?, ?> extensions
          ? (Map<String, Object>) extensions
          : null;
    }
  }
}
