package org.pathgraph.graphql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.logging.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;
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
 * <p>The route only joins the pieces: {@link HttpGraphQlRequests} reads the parameters, {@link
 * GetOperations} applies the GET rule on the shared parse ({@link ParsedDocuments}), Spring for
 * GraphQL's {@link WebGraphQlHandler} runs the interceptor chain (role, limits, deadline, error
 * cleaning in {@link ClientErrorsInterceptor}), {@link ResponseTypes} and {@link GetCaching} shape
 * the answer. Spring for GraphQL's own handler (2.0) has no GET and answers a malformed body with
 * an error page, so this router is ordered before it and takes the whole endpoint.
 */
// Only a web server has an endpoint (the CLI runs the same context without one).
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class GraphQlEndpoint {

  private static final Logger log = LoggerFactory.getLogger(GraphQlEndpoint.class);

  private final WebGraphQlHandler handler;
  private final JsonMapper json;
  private final HttpGraphQlRequests requests;
  private final ParsedDocuments documents;
  private final GetCaching caching;

  GraphQlEndpoint(
      WebGraphQlHandler handler,
      JsonMapper json,
      PathgraphProperties properties,
      ParsedDocuments documents) {
    this.handler = handler;
    this.json = json;
    this.requests = new HttpGraphQlRequests(json, properties.limits());
    this.documents = documents;
    this.caching = new GetCaching(properties.http().cacheMaxAge());
  }

  @Bean
  @Order(-1)
  RouterFunction<ServerResponse> graphQlRoutes(GraphQlProperties graphQl) {
    String path = graphQl.getHttp().getPath();
    return RouterFunctions.route()
        .POST(path, r -> answer(r, false))
        .GET(path, r -> answer(r, true))
        .route(
            r -> r.path().equals(path),
            r ->
                problem(
                    r,
                    new RequestProblem(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "use GET for queries or POST for any operation, not " + r.method().name(),
                        h -> h.setAllow(Set.of(HttpMethod.GET, HttpMethod.POST)))))
        .build();
  }

  private ServerResponse answer(ServerRequest request, boolean get) {
    try {
      Map<String, Object> params = get ? requests.get(request) : requests.post(request);
      if (get) {
        String query = (String) params.get("query");
        String refusal =
            GetOperations.refusal(
                documents.parse(query).document(), (String) params.get("operationName"));
        if (refusal != null) {
          throw new RequestProblem(
              HttpStatus.METHOD_NOT_ALLOWED, refusal, h -> h.setAllow(Set.of(HttpMethod.POST)));
        }
      }
      return execute(request, params, get);
    } catch (RequestProblem problem) {
      return problem(request, problem);
    }
  }

  private ServerResponse execute(ServerRequest request, Map<String, Object> params, boolean get) {
    MediaType mediaType = ResponseTypes.of(request);
    WebGraphQlRequest graphQlRequest =
        new WebGraphQlRequest(
            request.uri(),
            request.headers().asHttpHeaders(),
            cookies(request.servletRequest()),
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
                  return Mono.just(
                      error(
                          request,
                          HttpStatus.INTERNAL_SERVER_ERROR,
                          "INTERNAL_ERROR",
                          ClientErrors.INTERNAL_MESSAGE,
                          Map.of(Correlation.KEY, id),
                          h -> {}));
                })
            .toFuture();
    return ServerResponse.async(future);
  }

  private ServerResponse respond(
      ServerRequest request, WebGraphQlResponse response, MediaType mediaType, boolean get) {
    boolean requestError = !response.getExecutionResult().isDataPresent();
    HttpStatus status =
        requestError && ResponseTypes.GRAPHQL_RESPONSE.equalsTypeAndSubtype(mediaType)
            ? HttpStatus.BAD_REQUEST
            : HttpStatus.OK;
    byte[] body = json.writeValueAsBytes(response.toMap());
    ServerResponse.BodyBuilder builder = ServerResponse.status(status);
    builder.headers(h -> h.putAll(response.getResponseHeaders()));
    builder.contentType(ResponseTypes.utf8(mediaType));
    if (get) {
      boolean cacheable = status == HttpStatus.OK && response.getErrors().isEmpty();
      ServerResponse notModified = caching.apply(request, builder, body, cacheable);
      if (notModified != null) {
        return notModified;
      }
    }
    return builder.body(body);
  }

  /**
   * A request error answered before execution: a GraphQL response with one BAD_REQUEST error and no
   * {@code data}, in the media type the client accepts.
   */
  private ServerResponse problem(ServerRequest request, RequestProblem problem) {
    return error(
        request,
        problem.status(),
        "BAD_REQUEST",
        problem.getMessage(),
        Map.of(),
        problem.headers());
  }

  private ServerResponse error(
      ServerRequest request,
      HttpStatus status,
      String classification,
      String message,
      Map<String, Object> moreExtensions,
      Consumer<HttpHeaders> headers) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", classification);
    extensions.putAll(moreExtensions);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("extensions", extensions);
    byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(error)));
    return ServerResponse.status(status)
        .contentType(ResponseTypes.utf8(ResponseTypes.of(request)))
        .headers(headers)
        .body(body);
  }

  private static MultiValueMap<String, HttpCookie> cookies(HttpServletRequest servlet) {
    MultiValueMap<String, HttpCookie> result = new LinkedMultiValueMap<>();
    if (servlet.getCookies() != null) {
      for (var c : servlet.getCookies()) {
        result.add(c.getName(), new HttpCookie(c.getName(), c.getValue()));
      }
    }
    return result;
  }
}
