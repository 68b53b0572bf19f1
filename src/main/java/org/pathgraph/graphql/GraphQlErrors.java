package org.pathgraph.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.pathgraph.api.BadRequestException;
import org.pathgraph.api.LimitExceededException;
import org.pathgraph.api.NotAllowedException;
import org.pathgraph.logging.Correlation;
import org.pathgraph.neo4j.RequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps exceptions to classified GraphQL errors that keep the field's path and location. Unknown
 * failures are logged here and reach the client as INTERNAL_ERROR without any internals, carrying
 * the correlation id of their log line.
 */
@ControllerAdvice
class GraphQlErrors {

  private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

  @GraphQlExceptionHandler
  GraphQLError badRequest(BadRequestException e, DataFetchingEnvironment env) {
    return error(env, ErrorType.BAD_REQUEST, e.getMessage());
  }

  @GraphQlExceptionHandler
  GraphQLError notAllowed(NotAllowedException e, DataFetchingEnvironment env) {
    return error(env, e.anonymous() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN, e.getMessage());
  }

  @GraphQlExceptionHandler
  GraphQLError overLimit(LimitExceededException e, DataFetchingEnvironment env) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.BAD_REQUEST)
        .message(e.getMessage())
        .extensions(java.util.Map.of("limit", e.setting(), "max", e.max()))
        .build();
  }

  @GraphQlExceptionHandler
  GraphQLError timedOut(RequestTimeoutException e, DataFetchingEnvironment env) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.BAD_REQUEST)
        .message(e.getMessage())
        .extensions(java.util.Map.of("limit", "pathgraph.limits.timeout"))
        .build();
  }

  @GraphQlExceptionHandler
  GraphQLError unexpected(Exception e, DataFetchingEnvironment env) {
    if (Unavailable.causedBy(e)) {
      // An outage is not a bug: one line in the log, a retryable classification for the client.
      log.warn(
          "Field {} failed: database unavailable ({})",
          env.getExecutionStepInfo().getPath(),
          e.getMessage());
      return GraphqlErrorBuilder.newError(env)
          .errorType(Unavailable.UNAVAILABLE)
          .message(Unavailable.MESSAGE)
          .build();
    }
    String id = Correlation.newId();
    Correlation.log(
        id,
        () ->
            log.error(
                "Field {} failed, correlationId={}", env.getExecutionStepInfo().getPath(), id, e));
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.INTERNAL_ERROR)
        .message(ClientErrors.INTERNAL_MESSAGE)
        .extensions(java.util.Map.of(Correlation.KEY, id))
        .build();
  }

  private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
    return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
  }
}
