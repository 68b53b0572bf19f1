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

  public GraphQlHttp(int port) {
    this(URI.create("http://127.0.0.1:" + port + "/graphql"), null);
  }

  private GraphQlHttp(URI endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token;
  }

  /** The same client sending {@code Authorization: Bearer token}. */
  public GraphQlHttp withToken(String token) {
    return new GraphQlHttp(endpoint, token);
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
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", contentType)
            .header("Accept", "application/graphql-response+json, application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP status and a JSON body read with JsonPath. */
  public record Response(int status, String body) {

    public DocumentContext json() {
      return JsonPath.parse(body);
    }

    public <T> T read(String path) {
      return json().read(path);
    }
  }
}
