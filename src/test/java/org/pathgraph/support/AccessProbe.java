package org.pathgraph.support;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates, from the executable schema, one query per root field that selects every field path
 * able to reach a {@code LearningObject} (to a bounded depth), so a field added to the schema is
 * probed without anyone writing a test for it. Every {@code LearningObject} selection asks for
 * {@code key teacherExclusive available}, every {@code Link} for {@code kind target}.
 */
public final class AccessProbe {

  private static final int MAX_DEPTH = 5;
  private final GraphQLSchema schema;
  private final Map<String, String> argumentValues;

  /**
   * @param argumentValues GraphQL literals for required arguments by name (such as {@code hruid});
   *     a required argument without one gets a value of its type
   */
  public AccessProbe(GraphQLSchema schema, Map<String, String> argumentValues) {
    this(schema, argumentValues, false);
  }

  private final boolean everyField;

  private AccessProbe(GraphQLSchema schema, Map<String, String> argumentValues, boolean every) {
    this.schema = schema;
    this.argumentValues = argumentValues;
    this.everyField = every;
  }

  /**
   * A probe that also selects every scalar and enum field on the way (html, markdown, gift answers,
   * reasons, scores, ...), so that a test can look for hidden words anywhere in the answers, in
   * fields added later too.
   */
  public static AccessProbe everyField(GraphQLSchema schema, Map<String, String> argumentValues) {
    return new AccessProbe(schema, argumentValues, true);
  }

  /** The probe documents, keyed by root field name. */
  public Map<String, String> queries() {
    Map<String, String> result = new java.util.TreeMap<>();
    for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
      String selection = select(field, 0, new HashSet<>(), true);
      if (selection != null) {
        result.put(field.getName(), "{ " + selection + " }");
      }
    }
    return result;
  }

  /** Every root field that can reach a learning object, for the record. */
  public List<String> rootFields() {
    return new ArrayList<>(queries().keySet());
  }

  private String select(GraphQLFieldDefinition field, int depth, Set<String> path, boolean root) {
    GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
    String args = arguments(field, root);
    if (!(unwrapped instanceof GraphQLFieldsContainer type)) {
      return everyField && !root ? field.getName() + args : null;
    }
    String name = ((GraphQLNamedType) unwrapped).getName();
    List<String> children = new ArrayList<>();
    if (name.equals("LearningObject")) {
      children.add("key teacherExclusive available");
    }
    if (name.equals("Link")) {
      children.add("kind target");
    }
    if (depth < MAX_DEPTH && !path.contains(name)) {
      Set<String> deeper = new HashSet<>(path);
      deeper.add(name);
      for (GraphQLFieldDefinition child : type.getFieldDefinitions()) {
        String s = select(child, depth + 1, deeper, false);
        if (s != null) {
          children.add(s);
        }
      }
    }
    if (children.isEmpty()) {
      return null;
    }
    return field.getName() + args + " { " + String.join(" ", children) + " }";
  }

  private String arguments(GraphQLFieldDefinition field, boolean root) {
    List<String> given = new ArrayList<>();
    for (GraphQLArgument argument : field.getArguments()) {
      if (argument.getName().equals("first")) {
        // Everything at the top, a little below: enough to reach every object, within limits.
        given.add("first: " + (root ? 100 : 2));
      } else if (GraphQLTypeUtil.isNonNull(argument.getType())) {
        given.add(argument.getName() + ": " + value(argument.getName(), argument.getType()));
      }
    }
    return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
  }

  private String value(String name, GraphQLInputType type) {
    if (argumentValues.containsKey(name)) {
      return argumentValues.get(name);
    }
    GraphQLType t = type instanceof GraphQLNonNull n ? n.getWrappedType() : type;
    if (t instanceof GraphQLList) {
      return "[]";
    }
    if (t instanceof GraphQLEnumType e) {
      return e.getValues().get(0).getName();
    }
    return switch (((GraphQLNamedType) t).getName()) {
      case "Int" -> "1";
      case "Float" -> "1.0";
      case "Boolean" -> "true";
      default -> "\"x\"";
    };
  }
}
