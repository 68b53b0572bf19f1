package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;

/**
 * GraphQL over HTTP, and a catalogue of bad input: every malformed request is a 4xx with a
 * GraphQL-shaped body whose message says what is wrong, never a 500 or a stack trace, and the
 * server keeps answering.
 */
class HttpBehaviourTests extends DemoContextTests {

  private static final String RESPONSE_JSON = "application/graphql-response+json";
  private static final String QUERY =
      "{ learningObject(hruid: \"dl_neuron\", language: \"nl\") { key } }";

  private GraphQlHttp.Response get(GraphQlHttp client, String query, String extra) {
    String uri =
        client.endpoint()
            + "?query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8)
            + (extra == null ? "" : "&" + extra);
    return client.send(HttpRequest.newBuilder(URI.create(uri)).GET());
  }

  /** Asserts a refused request: its status, a clear classified message, no internals. */
  private void refused(GraphQlHttp.Response r, int status, String message) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith(RESPONSE_JSON);
    assertThat((String) r.read("$.errors[0].message")).contains(message);
    assertThat((String) r.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(r.body()).doesNotContain("\"data\"");
    // The server still answers a normal request.
    assertThat((String) anonymous().post(QUERY).read("$.data.learningObject.key"))
        .isEqualTo("dl_neuron/nl/1");
  }

  @Test
  void malformedJson() {
    refused(anonymous().postRaw("{ \"query\": ", "application/json"), 400, "not valid JSON");
  }

  @Test
  void aBodyThatIsNotAnObject() {
    refused(anonymous().postRaw("[1, 2]", "application/json"), 400, "must be a JSON object");
  }

  @Test
  void anEmptyBody() {
    refused(anonymous().postRaw("", "application/json"), 400, "body is empty");
  }

  @Test
  void wrongOrMissingContentType() {
    refused(
        anonymous().postRaw("{\"query\": \"{ __typename }\"}", "text/plain"), 415, "text/plain");
    refused(anonymous().postRaw("{\"query\": \"{ __typename }\"}", null), 415, "got none");
  }

  @Test
  void parametersOfTheWrongType() {
    refused(anonymous().postRaw("{\"query\": 3}", "application/json"), 400, "'query' must be");
    refused(anonymous().postRaw("{\"qeury\": \"{ a }\"}", "application/json"), 400, "no 'query'");
    refused(
        anonymous().postRaw("{\"query\": \"{ a }\", \"variables\": \"x\"}", "application/json"),
        400,
        "'variables' must be a JSON object");
    refused(
        anonymous().postRaw("{\"query\": \"{ a }\", \"operationName\": 1}", "application/json"),
        400,
        "'operationName' must be");
  }

  @Test
  void variablesOfTheWrongType() {
    var r =
        anonymous()
            .post(
                "query($first: Int) { learningObjects(first: $first) { totalCount } }",
                Map.of("first", "many"));
    refused(r, 400, "first");
  }

  @Test
  void hugeVariables() {
    String big = "x".repeat(2 * 1024 * 1024);
    var r = anonymous().post("query($v: String) { __typename }", Map.of("v", big));
    refused(r, 413, "larger than the limit of 1,048,576 bytes");
  }

  @Test
  void anUnknownOperationName() {
    refused(
        anonymous()
            .postRaw(
                "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}",
                "application/json"),
        400,
        "Unknown operation named 'B'");
  }

  @Test
  void syntaxAndValidationErrorsAre400WithGraphQlResponseJsonAnd200WithLegacyJson() {
    refused(anonymous().post("{ learningObject("), 400, "Invalid syntax");
    refused(anonymous().post("{ noSuchField }"), 400, "noSuchField");
    var legacy = anonymous().withHeader("Accept", "application/json").post("{ noSuchField }");
    assertThat(legacy.status()).isEqualTo(200);
    assertThat(legacy.header("Content-Type")).startsWith("application/json");
    assertThat((String) legacy.read("$.errors[0].message")).contains("noSuchField");
  }

  @Test
  void getServesQueriesWithCacheHeadersAndETags() {
    var r = get(anonymous(), QUERY, null);
    assertThat(r.status()).isEqualTo(200);
    assertThat((String) r.read("$.data.learningObject.key")).isEqualTo("dl_neuron/nl/1");
    assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=60");
    assertThat(String.join(",", r.headers().allValues("Vary")))
        .contains("Accept")
        .contains("Authorization");
    String etag = r.header("ETag");
    assertThat(etag).isNotBlank();
    var again = anonymous().withHeader("If-None-Match", etag);
    assertThat(get(again, QUERY, null).status()).isEqualTo(304);
    // A token makes the answer personal: private caches only.
    assertThat(get(teacher(), QUERY, null).header("Cache-Control")).startsWith("private");
    // Variables as URL-encoded JSON.
    var withVariables =
        get(
            anonymous(),
            "query($h: String!) { learningObject(hruid: $h, language: \"nl\") { key } }",
            "variables=" + URLEncoder.encode("{\"h\": \"dl_neuron\"}", StandardCharsets.UTF_8));
    assertThat((String) withVariables.read("$.data.learningObject.key"))
        .isEqualTo("dl_neuron/nl/1");
  }

  @Test
  void mutationsOverGetAreRefusedWith405() {
    var r = get(anonymous(), "mutation { importContent { report { contentDir } } }", null);
    assertThat(r.header("Allow")).isEqualTo("POST");
    refused(r, 405, "only accepted over POST");
  }

  /**
   * Every way of writing a mutation into a GET is refused before anything runs: the admin token
   * makes sure a GET that slipped through would really import (and answer 200).
   */
  @Test
  void mutationsOverGetAreRefusedWith405InEveryForm() {
    String mutation = "mutation { importContent { report { contentDir } } }";
    String named = "mutation M { importContent { report { contentDir } } }";
    String mixed = "query Q { __typename } " + named;
    String mutationFirst = named + " query Q { __typename }";
    Map<String, String> forms = new java.util.LinkedHashMap<>();
    forms.put("no operationName", q(mutation));
    forms.put("empty operationName", q(mutation) + "&operationName=");
    forms.put("blank operationName", q(mutation) + "&operationName=%20");
    forms.put("named, operationName given", q(named) + "&operationName=M");
    forms.put("named, empty operationName", q(named) + "&operationName=");
    forms.put("named, no operationName", q(named));
    forms.put("leading comment", q("# just a comment\n" + mutation));
    forms.put(
        "leading comment, empty operationName", q("# a\n#b\n" + mutation) + "&operationName=");
    forms.put("leading whitespace", q(" \n\t ,\r\n" + mutation));
    forms.put("byte order mark", q("\uFEFF" + mutation) + "&operationName=");
    forms.put("query and mutation, no operationName", q(mixed));
    forms.put("query and mutation, empty operationName", q(mixed) + "&operationName=");
    forms.put("query and mutation, selecting the mutation", q(mixed) + "&operationName=M");
    forms.put("query and mutation, selecting the query", q(mixed) + "&operationName=Q");
    forms.put("mutation first, no operationName", q(mutationFirst));
    forms.put("mutation first, empty operationName", q(mutationFirst) + "&operationName=");
    forms.put("mutation first, selecting the query", q(mutationFirst) + "&operationName=Q");
    forms.put("unknown operationName", q(mixed) + "&operationName=Nope");
    forms.put("subscription", q("subscription { __typename }") + "&operationName=");
    for (var form : forms.entrySet()) {
      var r =
          admin()
              .send(
                  HttpRequest.newBuilder(URI.create(admin().endpoint() + "?" + form.getValue()))
                      .GET());
      assertThat(r.status()).as(form.getKey() + ": " + r.body()).isEqualTo(405);
      assertThat(r.header("Allow")).as(form.getKey()).isEqualTo("POST");
      assertThat(r.header("ETag")).as(form.getKey()).isNull();
      assertThat(r.body()).as(form.getKey()).contains("only accepted over POST");
      assertThat(r.body()).as(form.getKey()).doesNotContain("\"data\"", "contentDir\":");
    }
    // A query over GET still works with an empty operationName.
    var query = get(anonymous(), QUERY, "operationName=");
    assertThat(query.status()).as(query.body()).isEqualTo(200);
    assertThat((String) query.read("$.data.learningObject.key")).isEqualTo("dl_neuron/nl/1");
  }

  private static String q(String document) {
    return "query=" + URLEncoder.encode(document, StandardCharsets.UTF_8);
  }

  @Test
  void otherMethodsAreRefusedWith405() {
    var r =
        anonymous()
            .send(
                HttpRequest.newBuilder(anonymous().endpoint())
                    .method("PUT", HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.header("Allow")).contains("GET").contains("POST");
    refused(r, 405, "not PUT");
  }

  @Test
  void anExpiredTokenIsA401WithAClearMessage() {
    String expired =
        org.pathgraph.security.Tokens.mint(
            org.pathgraph.support.Tokens4Tests.SECRET,
            "TEACHER",
            java.time.Duration.ofSeconds(-120));
    var r = anonymous().withToken(expired).post(QUERY);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).contains("invalid bearer token").contains("UNAUTHORIZED");
  }

  @Test
  void corsAllowsTheConfiguredOriginOnly() {
    var preflight =
        anonymous()
            .send(
                HttpRequest.newBuilder(anonymous().endpoint())
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", FRONTEND)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type"));
    assertThat(preflight.status()).isEqualTo(200);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);
    var other =
        anonymous()
            .send(
                HttpRequest.newBuilder(anonymous().endpoint())
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST"));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void contentFilesCarrySecurityHeaders() throws Exception {
    var r =
        anonymous()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/images/paths/nl/demo_dl_basis"))
                    .GET());
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(r.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    // The API itself may not be framed.
    assertThat(anonymous().post(QUERY).header("X-Frame-Options")).isEqualTo("DENY");
  }
}
