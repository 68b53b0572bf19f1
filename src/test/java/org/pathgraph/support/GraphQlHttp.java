package org.pathgraph.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL documents to the running test server over real HTTP, as a client would. */
public final class GraphQlHttp {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String token;
  private final Map<String, String> headers;

  public GraphQlHttp(int port) {
    this(URI.create("http://127.0.0.1:" + port + "/graphql"), null, Map.of());
  }

  private GraphQlHttp(URI endpoint, String token, Map<String, String> headers) {
    this.endpoint = endpoint;
    this.token = token;
    this.headers = headers;
  }

  /** The same client sending {@code Authorization: Bearer token}. */
  public GraphQlHttp withToken(String token) {
    return new GraphQlHttp(endpoint, token, headers);
  }

  /** The same client sending one more header (or replacing one, such as {@code Accept}). */
  public GraphQlHttp withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new GraphQlHttp(endpoint, token, more);
  }

  /** The endpoint's URI. */
  public URI endpoint() {
    return endpoint;
  }

  /** The response of {@code query}, with its HTTP status. */
  public Response post(String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    if (variables != null) {
      body.put("variables", variables);
    }
    return postRaw(JSON.writeValueAsString(body), "application/json");
  }

  /** The response of {@code query} without variables. */
  public Response post(String query) {
    return post(query, null);
  }

  /** Posts a raw body with a content type. */
  public Response postRaw(String body, String contentType) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  /** Sends a request built on this client's endpoint, with its token and headers. */
  public Response send(HttpRequest.Builder builder) {
    if (!headers.containsKey("Accept")) {
      builder.header("Accept", "application/graphql-response+json, application/json");
    }
    headers.forEach(builder::setHeader);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP status and a JSON body read with JsonPath. */
  public record Response(int status, String body, java.net.http.HttpHeaders headers) {

    public Response(int status, String body) {
      this(status, body, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
    }

    /** The first value of response header {@code name}, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public DocumentContext json() {
      return JsonPath.parse(body);
    }

    public <T> T read(String path) {
      return json().read(path);
    }
  }
}
