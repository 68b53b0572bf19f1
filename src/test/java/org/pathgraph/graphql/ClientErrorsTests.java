package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a client sees of an error: one of the documented classifications and a message of ours,
 * never a library's or graphql-java's internal names; what it may not see is in the log under the
 * correlation id its error carries.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorsTests extends DemoContextTests {

  /** The classifications the README documents. */
  private static final List<String> DOCUMENTED =
      List.of(
          "BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "INTERNAL_ERROR", "UNAVAILABLE");

  private static final String INT_VARIABLE =
      "query($first: Int) { learningObjects(first: $first) { totalCount } }";

  /** Asserts every error of {@code r} is fit for a client; returns the errors. */
  private static List<Map<String, Object>> clean(GraphQlHttp.Response r) {
    List<Map<String, Object>> errors = r.read("$.errors");
    assertThat(errors).as(r.body()).isNotEmpty();
    for (Map<String, Object> error : errors) {
      assertThat((String) error.get("message"))
          .as(r.body())
          .doesNotContain(
              "Jackson",
              "graphql.",
              "java.",
              "Lucene",
              "Exception",
              "StreamReadConstraints",
              "LinkedHashMap",
              "ArrayList",
              "StringValue",
              "AST type",
              "wrongly returned a null value",
              "Jwt");
      @SuppressWarnings("unchecked")
      Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
      assertThat(DOCUMENTED).as(r.body()).contains((String) extensions.get("classification"));
    }
    return errors;
  }

  private static String message(GraphQlHttp.Response r) {
    return r.read("$.errors[0].message");
  }

  private GraphQlHttp.Response get(String parameters) {
    return anonymous()
        .send(HttpRequest.newBuilder(URI.create(anonymous().endpoint() + "?" + parameters)).GET());
  }

  @Test
  void aBodyNestedTooDeeplyIsRefusedInOurWords() {
    // An object, the variables object and 499 arrays: 501 levels.
    String body =
        "{\"query\": \"{ __typename }\", \"variables\": {\"a\": "
            + "[".repeat(499)
            + "]".repeat(499)
            + "}}";
    var r = anonymous().postRaw(body, "application/json");
    assertThat(r.status()).isEqualTo(400);
    clean(r);
    assertThat(message(r)).contains("nests JSON deeper than the limit of 500 levels");
  }

  @Test
  void malformedJsonSaysWhereInOurWords() {
    var r = anonymous().postRaw("{\"query\": \"{ __typename }\" \"x\": 1}", "application/json");
    assertThat(r.status()).isEqualTo(400);
    clean(r);
    assertThat(message(r))
        .startsWith("the request body is not valid JSON (line 1, column ")
        .doesNotContain("Unexpected character", "code 34");
    var variables =
        get(
            "query="
                + URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8)
                + "&variables="
                + URLEncoder.encode("{a", StandardCharsets.UTF_8));
    assertThat(variables.status()).isEqualTo(400);
    clean(variables);
    assertThat(message(variables)).startsWith("parameter 'variables' is not valid JSON");
  }

  @Test
  void anUnreadableContentTypeIsA415InOurWords() {
    var r = anonymous().postRaw("{\"query\": \"{ __typename }\"}", "text/plain; charset=\"x");
    assertThat(r.status()).isEqualTo(415);
    clean(r);
    assertThat(message(r)).contains("application/json");
  }

  @Test
  void deepIntrospectionIsABadRequestInOurWords() {
    for (String query :
        List.of(
            "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } }"
                + " } } }",
            "{ a: __schema { types { name } } b: __schema { types { name } } }")) {
      var r = anonymous().post(query);
      assertThat(r.status()).as(query).isEqualTo(400);
      List<Map<String, Object>> errors = clean(r);
      assertThat(errors).as(query).hasSize(1);
      assertThat(r.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
      assertThat(message(r)).contains("introspection query asks for too much");
      assertThat(r.body()).doesNotContain("BadFaithIntrospection", "good faith");
    }
  }

  @Test
  void aSearchSyntaxErrorIsOneBadRequestNamingTheArgument() {
    for (String query : List.of("neur* AND", "/[/", "\"unclosed", "title:(robot")) {
      var r =
          anonymous()
              .post(
                  "query($q: String!) { search(query: $q, advanced: true) { totalCount } }",
                  Map.of("q", query));
      List<Map<String, Object>> errors = clean(r);
      assertThat(errors).as(r.body()).hasSize(1);
      assertThat(r.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
      assertThat(message(r)).as(query).contains("argument 'query'").contains("search syntax");
      assertThat(r.body()).doesNotContain("NullValueInNonNullableField");
    }
  }

  @Test
  void aTimedOutRequestHasOnlyItsTimeoutError() {
    var r =
        anonymous()
            .withHeader("Pathgraph-Timeout", "1ms")
            .post("{ search(query: \"netwerk\") { totalCount } }");
    List<Map<String, Object>> errors = clean(r);
    assertThat(errors).as(r.body()).hasSize(1);
    assertThat(message(r)).contains("pathgraph.limits.timeout");
  }

  @Test
  void variablesOfTheWrongTypeAreNamedAsJsonKindsNotJavaClasses() {
    var object = anonymous().post(INT_VARIABLE, Map.of("first", Map.of("a", 1)));
    assertThat(object.status()).isEqualTo(400);
    clean(object);
    assertThat(message(object)).contains("Variable 'first'").contains("it was an object");

    var list = anonymous().post(INT_VARIABLE, Map.of("first", List.of(1)));
    clean(list);
    assertThat(message(list)).contains("Variable 'first'").contains("it was a list");

    var string = anonymous().post(INT_VARIABLE, Map.of("first", "many"));
    clean(string);
    assertThat(message(string)).contains("'Int'").contains("it was a string");

    var input =
        anonymous()
            .post(
                "query($f: LearningObjectFilter) { learningObjects(filter: $f) { totalCount } }",
                Map.of("f", "nl"));
    clean(input);
    assertThat(message(input))
        .contains("Variable 'f'")
        .contains("expected an object but got a string")
        .doesNotContain("'Map'");

    var literal = anonymous().post("{ learningObjects(first: \"x\") { totalCount } }");
    assertThat(literal.status()).isEqualTo(400);
    clean(literal);
    assertThat(message(literal))
        .isEqualTo("argument 'first' is not a valid 'Int' (got a string)")
        .doesNotContain("Validation error (");
    var tooBig = anonymous().post("{ learningObjects(first: 99999999999) { totalCount } }");
    clean(tooBig);
    assertThat(message(tooBig)).startsWith("argument 'first' is not a valid 'Int': ");
    var enumValue =
        anonymous()
            .post(
                "{ learningPath(hruid: \"demo_dl_basis\", language: \"nl\") { nodes {"
                    + " next(returnValue: FOO) { key } } } }");
    clean(enumValue);
    assertThat(message(enumValue))
        .startsWith("argument 'returnValue' is not a valid 'JSON'")
        .doesNotContain("EnumValue");
  }

  @Test
  void documentErrorsKeepTheirMeaningWithoutGraphqlJavasRuleNames() {
    var unknown = anonymous().post("{ noSuchField }");
    clean(unknown);
    assertThat(message(unknown))
        .isEqualTo("Field 'noSuchField' in type 'Query' is undefined")
        .doesNotContain("FieldUndefined");
    assertThat(unknown.<String>read("$.errors[0].extensions.detail")).isEqualTo("ValidationError");
    var syntax = anonymous().post("{ a$ }");
    clean(syntax);
    assertThat(message(syntax)).startsWith("Invalid syntax").contains("line 1 column 4");
    // graphql-java's messages stay English whatever the client's language.
    var dutch =
        anonymous().withHeader("Accept-Language", "nl").post(INT_VARIABLE, Map.of("first", "x"));
    clean(dutch);
    assertThat(message(dutch)).contains("it was a string");
  }

  @Test
  void aRefusedTokenGetsOurMessageAndACorrelationIdTheLogHas(CapturedOutput output) {
    var r = anonymous().withToken("abc.def.ghi").post("{ __typename }");
    assertThat(r.status()).isEqualTo(401);
    clean(r);
    assertThat(message(r)).startsWith("invalid bearer token: ");
    assertThat(r.header("WWW-Authenticate")).doesNotContain("Jwt", "decode");
    String id = r.read("$.errors[0].extensions.correlationId");
    assertThat(id).isNotBlank();
    assertThat(output.getOut()).contains("correlationId=" + id);
  }
}
