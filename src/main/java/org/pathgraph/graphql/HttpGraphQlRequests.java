package org.pathgraph.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.PathgraphProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GraphQL request parameters ({@code query}, {@code operationName}, {@code variables},
 * {@code extensions}) from a POST body or GET URL, as the GraphQL-over-HTTP specification has them.
 * Whatever cannot be read is a {@link RequestProblem} that says why in the client's terms.
 */
final class HttpGraphQlRequests {

  private static final List<String> PARAMETERS =
      List.of("query", "operationName", "variables", "extensions");

  private final JsonMapper json;
  private final long maxBytes;

  HttpGraphQlRequests(JsonMapper json, PathgraphProperties.Limits limits) {
    this.json = json;
    this.maxBytes = limits.maxRequestSize().toBytes();
  }

  /** The parameters of a POST: a JSON object body sent as {@code application/json}. */
  Map<String, Object> post(ServerRequest request) {
    checkContentType(request);
    byte[] body;
    try (InputStream in = request.servletRequest().getInputStream()) {
      body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new RequestProblem(HttpStatus.BAD_REQUEST, "the request body could not be read");
    }
    if (body.length > maxBytes) {
      throw new RequestProblem(
          HttpStatus.CONTENT_TOO_LARGE,
          "the request body is larger than the limit of %,d bytes (pathgraph.limits.max-request-size)"
              .formatted(maxBytes));
    }
    if (body.length == 0) {
      throw new RequestProblem(
          HttpStatus.BAD_REQUEST, "the request body is empty; send {\"query\": \"...\"}");
    }
    Object parsed;
    try {
      parsed = json.readValue(body, Object.class);
    } catch (JacksonException e) {
      throw new RequestProblem(HttpStatus.BAD_REQUEST, unreadable("the request body", e));
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new RequestProblem(
          HttpStatus.BAD_REQUEST,
          "the request body must be a JSON object such as {\"query\": \"...\"}");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> params = (Map<String, Object>) map;
    return checked(params);
  }

  /** The parameters of a GET: each at most once in the URL, the JSON ones as JSON text. */
  Map<String, Object> get(ServerRequest request) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (String name : PARAMETERS) {
      List<String> values = request.params().get(name);
      if (values == null || values.isEmpty()) {
        continue;
      }
      if (values.size() > 1) {
        throw new RequestProblem(HttpStatus.BAD_REQUEST, "parameter '" + name + "' is given twice");
      }
      String value = values.get(0);
      if (name.equals("variables") || name.equals("extensions")) {
        try {
          params.put(name, json.readValue(value, Object.class));
        } catch (JacksonException e) {
          throw new RequestProblem(
              HttpStatus.BAD_REQUEST, unreadable("parameter '" + name + "'", e));
        }
      } else {
        params.put(name, value);
      }
    }
    return checked(params);
  }

  private static void checkContentType(ServerRequest request) {
    MediaType contentType;
    String given;
    try {
      contentType = request.headers().contentType().orElse(null);
      given = contentType == null ? "none" : "'" + contentType + "'";
    } catch (InvalidMediaTypeException e) {
      contentType = null;
      given = "one that is not a media type";
    }
    if (contentType == null
        || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)
        || (contentType.getCharset() != null
            && !StandardCharsets.UTF_8.equals(contentType.getCharset()))) {
      throw new RequestProblem(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "a POST body must be JSON, sent as 'Content-Type: application/json', got " + given,
          h -> h.setAccept(List.of(MediaType.APPLICATION_JSON)));
    }
  }

  /** {@code params} when they are well-formed. */
  private static Map<String, Object> checked(Map<String, Object> params) {
    Object query = params.get("query");
    if (query == null) {
      throw new RequestProblem(
          HttpStatus.BAD_REQUEST, "the request has no 'query' parameter (the GraphQL document)");
    }
    if (!(query instanceof String)) {
      throw new RequestProblem(
          HttpStatus.BAD_REQUEST,
          "'query' must be a string holding a GraphQL document, got " + kind(query));
    }
    Object operationName = params.get("operationName");
    if (operationName != null && !(operationName instanceof String)) {
      throw new RequestProblem(
          HttpStatus.BAD_REQUEST,
          "'operationName' must be a string or null, got " + kind(operationName));
    }
    for (String name : List.of("variables", "extensions")) {
      Object value = params.get(name);
      if (value != null && !(value instanceof Map)) {
        throw new RequestProblem(
            HttpStatus.BAD_REQUEST,
            "'" + name + "' must be a JSON object or null, got " + kind(value));
      }
    }
    return params;
  }

  private static String kind(Object value) {
    if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "an array";
    } else if (value instanceof Number) {
      return "a number";
    } else if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a string";
  }

  /**
   * Why {@code what} could not be read as JSON, in our words: where the JSON breaks, or the reader
   * limit it passes (Jackson's own messages name its classes and settings).
   */
  private String unreadable(String what, JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      String original = String.valueOf(e.getOriginalMessage());
      if (original.contains("nesting depth")) {
        return "%s nests JSON deeper than the limit of %d levels"
            .formatted(
                what, json.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth());
      }
      return what + " holds a JSON number, string or name longer than the server reads";
    }
    TokenStreamLocation at = e.getLocation();
    return what
        + " is not valid JSON"
        + (at != null && at.getLineNr() > 0
            ? " (line %d, column %d)".formatted(at.getLineNr(), at.getColumnNr())
            : "");
  }
}
