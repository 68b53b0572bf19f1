package org.pathgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathgraph.logging.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The errors of a GraphQL response as a client sees them: each has one of the documented
 * classifications ({@link #CLASSIFICATIONS}) and a message written for clients.
 *
 * <ul>
 *   <li>graphql-java's request errors (syntax, validation, variable coercion, introspection off)
 *       become BAD_REQUEST, their kind kept as {@code extensions.detail}, their wording cleaned of
 *       the Java and syntax-tree type names graphql-java prints ({@code 'LinkedHashMap'}, {@code
 *       StringValue{value='x'}});
 *   <li>graphql-java's refusal of an introspection query it finds in bad faith becomes a
 *       BAD_REQUEST in our words;
 *   <li>a non-null violation that another error of the response explains (a field that failed with
 *       an error of its own leaves a non-null field empty) is dropped: that error says what
 *       happened;
 *   <li>anything else, an INTERNAL_ERROR without a correlation id, and any message that would still
 *       name internals (a library, a Java package, an exception) goes to the log with a correlation
 *       id, which the error the client gets carries as {@code extensions.correlationId}.
 * </ul>
 */
final class ClientErrors {

  /** The classifications a client can see; the README lists them. */
  static final Set<String> CLASSIFICATIONS =
      Set.of(
          "BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "INTERNAL_ERROR", "UNAVAILABLE");

  static final String INTERNAL_MESSAGE =
      "internal error; the server log has the details under this error's correlationId";
  static final String INTROSPECTION_MESSAGE =
      "the introspection query asks for too much: __schema and __type may appear once each, and a"
          + " type's fields, input fields, interfaces and possible types once per request, not"
          + " nested deeper; GraphiQL's standard introspection query is fine";

  /** graphql-java's classifications of errors in the request rather than in the server. */
  private static final Set<String> REQUEST_ERRORS =
      Set.of(
          "InvalidSyntax",
          "ValidationError",
          "OperationNotSupported",
          "ExecutionAborted",
          // pathgraph.limits.introspection=false: a request error, not an unknown classification.
          "IntrospectionDisabled");

  /** What must not reach a client: library names, Java packages, exceptions, AST node types. */
  static final Pattern INTERNALS =
      Pattern.compile(
          "(?i:jackson|lucene|antlr|exception|stacktrace|neo4j|spring|jsonpath)"
              + "|\\b(?:java|javax|jakarta|graphql|org|com|net|tools|reactor|sun)\\.[a-z]"
              + "|\\b(?:String|Int|Float|Boolean|Enum|Object|Array|Null)Value\\b|VariableReference"
              + "|\\b(?:Linked)?HashMap\\b|\\bArrayList\\b|\\bBig(?:Decimal|Integer)\\b"
              + "|\\bAST\\b|\\tat ");

  private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

  private static final Pattern VALIDATION_PREFIX =
      Pattern.compile("^Validation [Ee]rror\\s*\\([^)]*\\)\\s*:\\s*");
  private static final Pattern ARGUMENT =
      Pattern.compile(
          "^argument '([^']*)' with value '(.*?)' (is not a valid '[^']*'|must not be null|must be"
              + " an object type|is missing required fields '.*'|contains a field not in '[^']*':"
              + " '.*?')(?: - (.*))?$",
          Pattern.DOTALL);
  private static final Pattern VARIABLE =
      Pattern.compile("^Variable '([^']*)' has an invalid value: (.*)$", Pattern.DOTALL);
  private static final Pattern INPUT_OBJECT =
      Pattern.compile(
          "Expected type 'Map' but was '(\\w+)'\\. Variables for input objects must be an instance"
              + " of type 'Map'\\.");
  private static final Pattern WAS_A = Pattern.compile("\\b(it was a|but was) '([^']*)'");
  private static final Pattern ANTLR =
      Pattern.compile("^Invalid syntax with ANTLR error '.*' at line (\\d+) column (\\d+)$");

  private ClientErrors() {}

  /** {@code result} (a GraphQL response as a map) with every error made fit for a client. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> clean(Map<String, Object> result) {
    if (!(result.get("errors") instanceof List<?> errors) || errors.isEmpty()) {
      return result;
    }
    List<List<?>> failed = new ArrayList<>();
    for (Object e : errors) {
      if (e instanceof Map<?, ?> error
          && !"NullValueInNonNullableField".equals(classification(error))
          && error.get("path") instanceof List<?> path) {
        failed.add(path);
      }
    }
    List<Object> cleaned = new ArrayList<>();
    for (Object e : errors) {
      if (!(e instanceof Map<?, ?> raw)) {
        cleaned.add(internal(Map.of(), String.valueOf(e)));
        continue;
      }
      Map<String, Object> error = (Map<String, Object>) raw;
      String classification = classification(error);
      String message = String.valueOf(error.get("message"));
      if ("NullValueInNonNullableField".equals(classification)) {
        if (!explained(error.get("path"), failed)) {
          cleaned.add(internal(error, error.toString()));
        }
      } else if ("INTERNAL_ERROR".equals(classification) && !hasCorrelationId(error)) {
        cleaned.add(internal(error, error.toString()));
      } else if (CLASSIFICATIONS.contains(classification)) {
        cleaned.add(leaks(message) ? refused(error, classification, null, message) : error);
      } else if (REQUEST_ERRORS.contains(classification)) {
        String ours = requestMessage(message);
        cleaned.add(
            leaks(ours)
                ? refused(error, "BAD_REQUEST", classification, message)
                : with(error, ours, "BAD_REQUEST", classification));
      } else if ("BadFaithIntrospection".equals(classification)) {
        cleaned.add(with(error, INTROSPECTION_MESSAGE, "BAD_REQUEST", null));
      } else {
        cleaned.add(internal(error, error.toString()));
      }
    }
    Map<String, Object> copy = new LinkedHashMap<>(result);
    copy.put("errors", cleaned);
    return copy;
  }

  /** Whether {@code message} names something a client must not see. */
  static boolean leaks(String message) {
    return message == null || INTERNALS.matcher(message).find();
  }

  /**
   * graphql-java's message for a request error in our words where its own name Java or syntax-tree
   * types: the validation prefix with graphql-java's rule name goes, argument values printed as
   * syntax trees become what kind of value they are, Java class names JSON kinds.
   */
  static String requestMessage(String message) {
    String m = VALIDATION_PREFIX.matcher(message).replaceFirst("");
    Matcher argument = ARGUMENT.matcher(m);
    if (argument.matches()) {
      String problem = argument.group(3);
      String reason = argument.group(4) == null ? null : javaKinds(argument.group(4));
      m = "argument '" + argument.group(1) + "' " + problem;
      if (reason != null && !reason.contains("AST") && !leaks(reason)) {
        m += ": " + reason;
      } else if (problem.startsWith("is not a valid")) {
        m += astKind(argument.group(2));
      }
    }
    Matcher variable = VARIABLE.matcher(m);
    if (variable.matches()) {
      m =
          "Variable '"
              + variable.group(1)
              + "' has an invalid value: "
              + javaKinds(variable.group(2));
    } else {
      m = javaKinds(m);
    }
    Matcher antlr = ANTLR.matcher(m);
    if (antlr.matches()) {
      m = "Invalid syntax at line " + antlr.group(1) + " column " + antlr.group(2);
    }
    return m;
  }

  private static String javaKinds(String reason) {
    Matcher input = INPUT_OBJECT.matcher(reason);
    String r = input.replaceAll(m -> "expected an object but got " + kind(m.group(1)));
    Matcher wasA = WAS_A.matcher(r);
    return wasA.replaceAll(
        m -> {
          String value = m.group(2);
          if (value.matches("-?[0-9][0-9.eE+-]*")) {
            return Matcher.quoteReplacement(m.group(0));
          }
          String kind = kind(value);
          return Matcher.quoteReplacement(
              (m.group(1).equals("it was a") ? "it was " : "but was ") + kind);
        });
  }

  /** A Java class's simple name as the JSON kind of value it holds. */
  private static String kind(String javaName) {
    return switch (javaName) {
      case "String", "Character", "char" -> "a string";
      case "Integer", "Long", "Short", "Byte", "BigInteger", "int", "long" -> "an integer";
      case "Double", "Float", "BigDecimal", "Number", "double", "float" -> "a number";
      case "Boolean", "boolean" -> "a boolean";
      case "LinkedHashMap", "HashMap", "TreeMap", "Map", "LinkedTreeMap" -> "an object";
      case "ArrayList", "List", "LinkedList", "ImmutableList", "Object[]" -> "a list";
      default -> "a value of another kind";
    };
  }

  /** " (got a string)" for a syntax tree value graphql-java printed, such as StringValue{..}. */
  private static String astKind(String printed) {
    int brace = printed.indexOf('{');
    String node = brace < 0 ? printed : printed.substring(0, brace);
    String kind =
        switch (node) {
          case "StringValue" -> "a string";
          case "IntValue" -> "an integer";
          case "FloatValue" -> "a number";
          case "BooleanValue" -> "a boolean";
          case "EnumValue" -> "an enum value";
          case "ObjectValue" -> "an object";
          case "ArrayValue" -> "a list";
          case "NullValue" -> "null";
          case "VariableReference" -> "a variable";
          default -> null;
        };
    return kind == null ? "" : " (got " + kind + ")";
  }

  private static String classification(Map<?, ?> error) {
    return error.get("extensions") instanceof Map<?, ?> ext
        ? String.valueOf(ext.get("classification"))
        : "null";
  }

  private static boolean hasCorrelationId(Map<?, ?> error) {
    return error.get("extensions") instanceof Map<?, ?> ext
        && ext.get(Correlation.KEY) instanceof String;
  }

  /** Whether another error's field is {@code path} or one of its ancestors or descendants. */
  private static boolean explained(Object path, List<List<?>> failed) {
    if (!(path instanceof List<?> p)) {
      return false;
    }
    for (List<?> f : failed) {
      int common = Math.min(f.size(), p.size());
      if (f.subList(0, common).equals(p.subList(0, common))) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(
      Map<String, Object> error, String message, String classification, String detail) {
    Map<String, Object> copy = new LinkedHashMap<>(error);
    Map<String, Object> extensions =
        error.get("extensions") instanceof Map<?, ?> ext
            ? new LinkedHashMap<>((Map<String, Object>) ext)
            : new LinkedHashMap<>();
    extensions.put("classification", classification);
    if (detail != null) {
      extensions.put("detail", detail);
    }
    copy.put("message", message);
    copy.put("extensions", extensions);
    return copy;
  }

  /** A client error whose message would show internals: logged, answered in general words. */
  private static Map<String, Object> refused(
      Map<String, Object> error, String classification, String detail, String original) {
    String id = Correlation.newId();
    Correlation.log(
        id,
        () ->
            log.info(
                "Request error answered without its message, correlationId={}: {}", id, original));
    Map<String, Object> copy =
        with(
            error,
            "the request is not valid; the server log has the details under this error's"
                + " correlationId",
            classification,
            detail);
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) copy.get("extensions");
    extensions.put(Correlation.KEY, id);
    return copy;
  }

  /** An error only the log may describe: INTERNAL_ERROR with a correlation id, path kept. */
  private static Map<String, Object> internal(Map<String, Object> error, String details) {
    String id = Correlation.newId();
    Correlation.log(
        id,
        () ->
            log.error(
                "GraphQL error answered as INTERNAL_ERROR, correlationId={}: {}", id, details));
    Map<String, Object> copy = new LinkedHashMap<>();
    copy.put("message", INTERNAL_MESSAGE);
    if (error.get("locations") != null) {
      copy.put("locations", error.get("locations"));
    }
    if (error.get("path") != null) {
      copy.put("path", error.get("path"));
    }
    copy.put("extensions", Map.of("classification", "INTERNAL_ERROR", Correlation.KEY, id));
    return copy;
  }
}
