package org.pathgraph.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** Errors for requests over a limit: BAD_REQUEST, naming the setting and its value. */
final class Limit {

  private Limit() {}

  /**
   * An error whose message ends with the setting, and whose extensions carry it as {@code limit}
   * with its value as {@code max}, so clients can tell which limit they hit.
   */
  static GraphQLError error(String message, String setting, long max) {
    return error(message, setting, max, null);
  }

  /** The same, placed at {@code location} in the document (null: nowhere in particular). */
  static GraphQLError error(String message, String setting, long max, SourceLocation location) {
    String property = "pathgraph.limits." + setting;
    GraphqlErrorBuilder<?> builder =
        GraphqlErrorBuilder.newError()
            .errorType(ErrorType.BAD_REQUEST)
            .message(message + " (" + property + ")")
            .extensions(Map.of("limit", property, "max", max));
    if (location != null) {
      builder.location(location);
    }
    return builder.build();
  }
}
