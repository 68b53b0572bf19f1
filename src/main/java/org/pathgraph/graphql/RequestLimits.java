package org.pathgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Checks page arguments of the whole operation before any field runs, so a bad {@code first} or
 * {@code after} anywhere in the document is a BAD_REQUEST with no database work and no partial
 * data.
 */
@Component
class RequestLimits extends SimplePerformantInstrumentation {

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    List<GraphQLError> errors = new ArrayList<>();
    QueryTraverser.newQueryTraverser()
        .schema(context.getGraphQLSchema())
        .document(context.getDocument())
        .operationName(context.getOperationDefinition().getName())
        .coercedVariables(context.getCoercedVariables())
        .build()
        .visitPreOrder(
            new QueryVisitorStub() {
              @Override
              public void visitField(QueryVisitorFieldEnvironment env) {
                check(env, errors);
              }
            });
    if (!errors.isEmpty()) {
      throw new AbortExecutionException(errors);
    }
    return super.beginExecuteOperation(parameters, state);
  }

  private static void check(QueryVisitorFieldEnvironment env, List<GraphQLError> errors) {
    var arguments = env.getArguments();
    String where = env.getFieldsContainer().getName() + "." + env.getField().getName();
    try {
      if (arguments.containsKey("first")) {
        Cursors.pageSize((Integer) arguments.get("first"));
      }
      if (arguments.get("after") instanceof String after) {
        Cursors.decode(after);
      }
    } catch (BadRequestException e) {
      errors.add(
          GraphqlErrorBuilder.newError()
              .errorType(ErrorType.BAD_REQUEST)
              .message(where + ": " + e.getMessage())
              .location(env.getField().getSourceLocation())
              .build());
    }
  }
}
