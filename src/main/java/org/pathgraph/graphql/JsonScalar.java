package org.pathgraph.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code JSON} scalar: any JSON value, passed through as maps, lists and plain values. */
@Configuration(proxyBeanMethods = false)
class JsonScalar {

  static final GraphQLScalarType JSON =
      GraphQLScalarType.newScalar()
          .name("JSON")
          // The same words as in graphql/schema.graphqls (SchemaMatchesFilesTests checks).
          .description("Any JSON value (an object, list, string, number, boolean or null).")
          .coercing(
              new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                  return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                  return input;
                }

                @Override
                public Object parseLiteral(
                    Value<?> input,
                    CoercedVariables variables,
                    GraphQLContext context,
                    Locale locale) {
                  return literal(input, variables);
                }
              })
          .build();

  @Bean
  RuntimeWiringConfigurer jsonScalarWiring() {
    return wiring -> wiring.scalar(JSON);
  }

  private static Object literal(Value<?> input, CoercedVariables variables) {
    if (input instanceof NullValue) {
      return null;
    } else if (input instanceof StringValue s) {
      return s.getValue();
    } else if (input instanceof IntValue i) {
      return i.getValue();
    } else if (input instanceof FloatValue f) {
      return f.getValue();
    } else if (input instanceof BooleanValue b) {
      return b.isValue();
    } else if (input instanceof VariableReference v) {
      return variables.get(v.getName());
    } else if (input instanceof ArrayValue a) {
      List<Object> list = new ArrayList<>();
      a.getValues().forEach(v -> list.add(literal(v, variables)));
      return list;
    } else if (input instanceof ObjectValue o) {
      Map<String, Object> map = new LinkedHashMap<>();
      o.getObjectFields().forEach(f -> map.put(f.getName(), literal(f.getValue(), variables)));
      return map;
    }
    // Only an enum value is left; its printed syntax tree is no message for a client.
    throw new CoercingParseLiteralException(
        "an enum value is not JSON; write it as a string, in quotes");
  }
}
