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
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.api.BadRequestException;
import org.pathgraph.api.Cursors;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the arguments of the whole operation before any field runs, so a bad request is a
 * BAD_REQUEST with no database work and no partial data: {@code first} (1 to 100) and {@code after}
 * on every field that takes them, the size of JSON arguments ({@code returnValue}), and the node
 * budget.
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
  private final JsonMapper json;

  RequestLimits(PathgraphProperties properties, JsonMapper json) {
    this.limits = properties.limits();
    this.json = json;
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
                checkJson(env, errors);
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

  /**
   * Every argument of type JSON (today {@code PathNode.next(returnValue:)}) holds at most {@code
   * pathgraph.limits.max-return-value} bytes of JSON: transition conditions read all of it, once
   * per condition.
   */
  private void checkJson(QueryVisitorFieldEnvironment env, List<GraphQLError> errors) {
    long max = limits.maxReturnValue().toBytes();
    for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
      if (!(GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLScalarType scalar)
          || !scalar.getName().equals(JsonScalar.JSON.getName())) {
        continue;
      }
      Object value = env.getArguments().get(argument.getName());
      if (value != null && jsonBytesOver(value, max)) {
        String where =
            ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getParentType())).getName()
                + "."
                + env.getField().getName();
        errors.add(
            Limit.error(
                "%s: argument '%s' holds more than %,d bytes of JSON, the limit"
                    .formatted(where, argument.getName(), max),
                "max-return-value",
                max,
                env.getField().getSourceLocation()));
      }
    }
  }

  /**
   * Whether {@code value} written as JSON is longer than {@code max} bytes; stops writing there.
   */
  private boolean jsonBytesOver(Object value, long max) {
    OutputStream counting =
        new OutputStream() {
          long written;

          @Override
          public void write(int b) {
            count(1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            count(len);
          }

          private void count(int n) {
            written += n;
            if (written > max) {
              throw new OverLimit();
            }
          }
        };
    try {
      json.writeValue(counting, value);
      return false;
    } catch (OverLimit over) {
      return true;
    } catch (JacksonException e) {
      // Jackson wraps what the stream threw.
      if (e.getCause() instanceof OverLimit) {
        return true;
      }
      throw e;
    }
  }

  /** Thrown by the counting stream to stop writing: the value is over the limit. */
  private static final class OverLimit extends RuntimeException {
    OverLimit() {
      super(null, null, false, false);
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
