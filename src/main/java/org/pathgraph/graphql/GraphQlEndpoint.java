package org.pathgraph.graphql;

import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.logging.Correlation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP, as the GraphQL-over-HTTP specification has it: queries by POST (JSON body) or
 * GET (URL parameters; cacheable), mutations by POST only (405 for a GET whose document holds one).
 * Every answer is a GraphQL response in the media type the client accepts: with {@code
 * application/graphql-response+json} a request error (unreadable body, bad parameters, a document
 * that does not parse, validate or pass the limits) is a 4xx, with legacy {@code application/json}
 * it is a 200 once the body was a well-formed request. Nothing the client sends leads to a 500 or a
 * stack trace.
 *
 * <p>Spring for GraphQL's own handler answers a malformed body with Spring's HTML-less error page
 * and has no GET; this router is ordered before it and takes the whole endpoint.
 */
// Only a web server has an endpoint (the CLI runs the same context without one).
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class GraphQlEndpoint {

  private static final MediaType GRAPHQL_RESPONSE = MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(GraphQlEndpoint.class);

  private final WebGraphQlHandler handler;
  private final JsonMapper json;
  private final PathgraphProperties properties;

  GraphQlEndpoint(WebGraphQlHandler handler, JsonMapper json, PathgraphProperties properties) {
    this.handler = handler;
    this.json = json;
    this.properties = properties;
  }

  @Bean
  @Order(-1)
  RouterFunction<ServerResponse> graphQlRoutes(GraphQlProperties graphQl) {
    String path = graphQl.getHttp().getPath();
    return RouterFunctions.route()
        .POST(path, this::post)
        .GET(path, this::get)
        .route(
            r -> r.path().equals(path),
            r ->
                problem(
                    r,
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "use GET for queries or POST for any operation, not " + r.method().name(),
                    h -> h.setAllow(java.util.Set.of(HttpMethod.GET, HttpMethod.POST))))
        .build();
  }

  private ServerResponse post(ServerRequest request) {
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
      return problem(
          request,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "a POST body must be JSON, sent as 'Content-Type: application/json', got " + given,
          h -> h.setAccept(List.of(MediaType.APPLICATION_JSON)));
    }
    long max = properties.limits().maxRequestSize().toBytes();
    byte[] body;
    try (InputStream in = request.servletRequest().getInputStream()) {
      body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      return problem(request, HttpStatus.BAD_REQUEST, "the request body could not be read", null);
    }
    if (body.length > max) {
      return problem(
          request,
          HttpStatus.CONTENT_TOO_LARGE,
          "the request body is larger than the limit of %,d bytes (pathgraph.limits.max-request-size)"
              .formatted(max),
          null);
    }
    if (body.length == 0) {
      return problem(
          request,
          HttpStatus.BAD_REQUEST,
          "the request body is empty; send {\"query\": \"...\"}",
          null);
    }
    Object parsed;
    try {
      parsed = json.readValue(body, Object.class);
    } catch (JacksonException e) {
      return problem(request, HttpStatus.BAD_REQUEST, unreadable("the request body", e), null);
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      return problem(
          request,
          HttpStatus.BAD_REQUEST,
          "the request body must be a JSON object such as {\"query\": \"...\"}",
          null);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> params = (Map<String, Object>) map;
    return execute(request, params, false);
  }

  private ServerResponse get(ServerRequest request) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (String name : List.of("query", "operationName", "variables", "extensions")) {
      List<String> values = request.params().get(name);
      if (values == null || values.isEmpty()) {
        continue;
      }
      if (values.size() > 1) {
        return problem(
            request, HttpStatus.BAD_REQUEST, "parameter '" + name + "' is given twice", null);
      }
      String value = values.get(0);
      if (name.equals("variables") || name.equals("extensions")) {
        try {
          params.put(name, json.readValue(value, Object.class));
        } catch (JacksonException e) {
          return problem(
              request, HttpStatus.BAD_REQUEST, unreadable("parameter '" + name + "'", e), null);
        }
      } else {
        params.put(name, value);
      }
    }
    return execute(request, params, true);
  }

  private ServerResponse execute(ServerRequest request, Map<String, Object> params, boolean get) {
    String problem = checkParameters(params);
    if (problem != null) {
      return problem(request, HttpStatus.BAD_REQUEST, problem, null);
    }
    if (get) {
      String refusal =
          refusedOverGet((String) params.get("query"), (String) params.get("operationName"));
      if (refusal != null) {
        return problem(
            request,
            HttpStatus.METHOD_NOT_ALLOWED,
            refusal,
            h -> h.setAllow(java.util.Set.of(HttpMethod.POST)));
      }
    }
    MediaType mediaType = responseType(request);
    HttpServletRequest servlet = request.servletRequest();
    WebGraphQlRequest graphQlRequest =
        new WebGraphQlRequest(
            request.uri(),
            request.headers().asHttpHeaders(),
            cookies(servlet),
            request.remoteAddress().orElse(null),
            request.attributes(),
            params,
            UUID.randomUUID().toString(),
            // graphql-java words its request errors in the client's language if it can; ours are
            // English, and ClientErrors reads graphql-java's English ones.
            Locale.ENGLISH);
    var future =
        handler
            .handleRequest(graphQlRequest)
            .map(response -> respond(request, response, mediaType, get))
            .onErrorResume(
                e -> {
                  String id = Correlation.newId();
                  Correlation.log(
                      id, () -> log.error("GraphQL request failed, correlationId={}", id, e));
                  return reactor.core.publisher.Mono.just(
                      error(
                          request,
                          HttpStatus.INTERNAL_SERVER_ERROR,
                          "INTERNAL_ERROR",
                          ClientErrors.INTERNAL_MESSAGE,
                          Map.of(Correlation.KEY, id),
                          null));
                })
            .toFuture();
    return ServerResponse.async(future);
  }

  /** A problem with the request's parameters, or null when they are well-formed. */
  private static String checkParameters(Map<String, Object> params) {
    Object query = params.get("query");
    if (query == null) {
      return "the request has no 'query' parameter (the GraphQL document)";
    }
    if (!(query instanceof String)) {
      return "'query' must be a string holding a GraphQL document, got " + kind(query);
    }
    Object operationName = params.get("operationName");
    if (operationName != null && !(operationName instanceof String)) {
      return "'operationName' must be a string or null, got " + kind(operationName);
    }
    for (String name : List.of("variables", "extensions")) {
      Object value = params.get(name);
      if (value != null && !(value instanceof Map)) {
        return "'" + name + "' must be a JSON object or null, got " + kind(value);
      }
    }
    return null;
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
   * Why a GET may not run {@code query}, or null when it may: a GET runs only documents whose every
   * operation is a query. Refusing a document that merely holds a mutation beside the selected
   * query means no reading of {@code operationName} (absent, empty, blank, unknown) can make a GET
   * run one: the decision does not depend on which operation graphql-java would pick.
   */
  private String refusedOverGet(String query, String operationName) {
    Document document;
    try {
      document =
          new Parser()
              .parseDocument(
                  ParserEnvironment.newParserEnvironment()
                      .document(query)
                      .parserOptions(DocumentLimits.parserOptions(properties.limits()))
                      .build());
    } catch (RuntimeException e) {
      // Unparseable or over a limit: the engine parses with the same options, answers that, and
      // runs nothing.
      return null;
    }
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operations.stream()
        .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY)) {
      return null;
    }
    OperationDefinition.Operation selected = null;
    try {
      selected = NodeUtil.getOperation(document, operationName).operationDefinition.getOperation();
    } catch (RuntimeException e) {
      // No operation, or not one that name selects: refused all the same.
    }
    if (selected != null && selected != OperationDefinition.Operation.QUERY) {
      return "a "
          + selected.name().toLowerCase(Locale.ROOT)
          + " is only accepted over POST, not GET";
    }
    return "a document holding a mutation or subscription is only accepted over POST, not GET,"
        + " whichever operation it names";
  }

  private ServerResponse respond(
      ServerRequest request, WebGraphQlResponse response, MediaType mediaType, boolean get) {
    boolean requestError = !response.getExecutionResult().isDataPresent();
    HttpStatus status =
        requestError && GRAPHQL_RESPONSE.equalsTypeAndSubtype(mediaType)
            ? HttpStatus.BAD_REQUEST
            : HttpStatus.OK;
    byte[] body = json.writeValueAsBytes(ClientErrors.clean(response.toMap()));
    ServerResponse.BodyBuilder builder = ServerResponse.status(status);
    builder.headers(h -> h.putAll(response.getResponseHeaders()));
    builder.contentType(withUtf8(mediaType));
    if (get) {
      builder.varyBy(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION);
      if (status == HttpStatus.OK && response.getErrors().isEmpty()) {
        String etag = etag(body);
        long maxAge = properties.http().cacheMaxAge().toSeconds();
        boolean personal = request.headers().firstHeader(HttpHeaders.AUTHORIZATION) != null;
        builder.eTag(etag);
        builder.header(
            HttpHeaders.CACHE_CONTROL, (personal ? "private" : "public") + ", max-age=" + maxAge);
        if (request.headers().header(HttpHeaders.IF_NONE_MATCH).contains(etag)) {
          return ServerResponse.status(HttpStatus.NOT_MODIFIED)
              .eTag(etag)
              .header(
                  HttpHeaders.CACHE_CONTROL,
                  (personal ? "private" : "public") + ", max-age=" + maxAge)
              .varyBy(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION)
              .build();
        }
      } else {
        builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
      }
    }
    return builder.body(body);
  }

  /**
   * A request error answered before execution: a GraphQL response with one BAD_REQUEST error and no
   * {@code data}, in the media type the client accepts.
   */
  private ServerResponse problem(
      ServerRequest request,
      HttpStatus status,
      String message,
      java.util.function.Consumer<HttpHeaders> headers) {
    return error(request, status, "BAD_REQUEST", message, Map.of(), headers);
  }

  private ServerResponse error(
      ServerRequest request,
      HttpStatus status,
      String classification,
      String message,
      Map<String, Object> moreExtensions,
      java.util.function.Consumer<HttpHeaders> headers) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", classification);
    extensions.putAll(moreExtensions);
    error.put("extensions", extensions);
    byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(error)));
    ServerResponse.BodyBuilder builder =
        ServerResponse.status(status).contentType(withUtf8(responseType(request)));
    if (headers != null) {
      builder.headers(headers);
    }
    return builder.body(body);
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

  /**
   * The response media type: the first of {@code application/graphql-response+json} and {@code
   * application/json} the client accepts by quality; {@code application/json} for anything else
   * ({@code *}{@code /*}, none, unknown), as legacy clients expect.
   */
  private static MediaType responseType(ServerRequest request) {
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(request.headers().header(HttpHeaders.ACCEPT));
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_JSON;
    }
    accepted = new java.util.ArrayList<>(accepted);
    // Stable: among equal qualities the client's order wins.
    accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : accepted) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(type)) {
        return GRAPHQL_RESPONSE;
      }
      if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
        return MediaType.APPLICATION_JSON;
      }
    }
    return MediaType.APPLICATION_JSON;
  }

  private static MediaType withUtf8(MediaType type) {
    return new MediaType(type, StandardCharsets.UTF_8);
  }

  private static MultiValueMap<String, org.springframework.http.HttpCookie> cookies(
      HttpServletRequest servlet) {
    MultiValueMap<String, org.springframework.http.HttpCookie> result = new LinkedMultiValueMap<>();
    if (servlet.getCookies() != null) {
      for (var c : servlet.getCookies()) {
        result.add(c.getName(), new org.springframework.http.HttpCookie(c.getName(), c.getValue()));
      }
    }
    return result;
  }

  private static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
