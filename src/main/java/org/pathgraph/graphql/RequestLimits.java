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
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import org.pathgraph.PathgraphProperties;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Checks the arguments of the whole operation before any field runs, so a bad request is a
 * BAD_REQUEST with no database work and no partial data: {@code first} (1 to 100) and {@code after}
 * on every field that takes them, and the node budget.
 *
 * <p>The node budget estimates the objects a request can return: every field of object type counts
 * the product of the page sizes of its list ancestors and itself. A field with {@code first}
 * multiplies by it (or by its schema default), the {@code edges} of a connection by 1 (the
 * connection's {@code first} already counted), any other list field by {@code
 * pathgraph.limits.default-list-size}. Introspection is not counted.
 */
@Component
class RequestLimits extends SimplePerformantInstrumentation {

  private final PathgraphProperties.Limits limits;

  RequestLimits(PathgraphProperties properties) {
    this.limits = properties.limits();
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    List<GraphQLError> errors = new ArrayList<>();
    long[] nodes = {0};
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
                if (introspection(env)) {
                  return;
                }
                checkPage(env, errors);
                if (GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType())
                    instanceof GraphQLCompositeType) {
                  nodes[0] = saturatedAdd(nodes[0], multiplicity(env));
                }
              }
            });
    if (errors.isEmpty() && nodes[0] > limits.maxNodes()) {
      errors.add(
          Limit.error(
              ("the request may return about %,d objects (page sizes multiplied down each list),"
                      + " more than the budget of %,d; ask for smaller pages or fewer nested lists")
                  .formatted(nodes[0], limits.maxNodes()),
              "max-nodes",
              limits.maxNodes()));
    }
    if (!errors.isEmpty()) {
      throw new AbortExecutionException(errors);
    }
    return super.beginExecuteOperation(parameters, state);
  }

  private static boolean introspection(QueryVisitorFieldEnvironment env) {
    return env.isTypeNameIntrospectionField()
        || env.getField().getName().startsWith("__")
        || ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType()))
            .getName()
            .startsWith("__");
  }

  private static void checkPage(QueryVisitorFieldEnvironment env, List<GraphQLError> errors) {
    var arguments = env.getArguments();
    String where =
        ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType())).getName()
            + "."
            + env.getField().getName();
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

  /** How many times this field's value can occur in the response. */
  private long multiplicity(QueryVisitorFieldEnvironment env) {
    long parent = env.getParentEnvironment() == null ? 1 : multiplicity(env.getParentEnvironment());
    return saturatedMultiply(parent, factor(env));
  }

  private long factor(QueryVisitorFieldEnvironment env) {
    GraphQLFieldDefinition definition = env.getFieldDefinition();
    GraphQLArgument first = definition.getArgument("first");
    if (first != null) {
      Object value = env.getArguments().get("first");
      if (value == null && first.hasSetDefaultValue()) {
        value = first.getArgumentDefaultValue().getValue();
      }
      if (value instanceof graphql.language.IntValue literal) {
        value = literal.getValue();
      }
      return value instanceof Number n ? Math.max(n.longValue(), 0) : 20;
    }
    GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
    if (!(type instanceof GraphQLList)) {
      return 1;
    }
    String parentType =
        ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType())).getName();
    return parentType.endsWith("Connection") ? 1 : limits.defaultListSize();
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long saturatedMultiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? Long.MAX_VALUE : product;
  }
}
