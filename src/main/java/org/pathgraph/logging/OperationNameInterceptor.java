package org.pathgraph.logging;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the GraphQL operation's name into the logging MDC ({@code graphql.operation.name}) for the
 * whole request, so every line logged while it runs (JSON logs show MDC entries) says which
 * operation it served. First in the chain, so requests other interceptors refuse carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperationNameInterceptor implements WebGraphQlInterceptor {

  static final String KEY = "graphql.operation.name";
  static final String UNNAMED = "(unnamed)";

  private static final Logger log = LoggerFactory.getLogger(OperationNameInterceptor.class);
  private static final Pattern NAMED_OPERATION =
      Pattern.compile("\\b(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

  static {
    // Spring for GraphQL restores registered thread-locals where data fetchers and batch loaders
    // run, should they run on another thread than the request's.
    ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(KEY));
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String name = operationName(request.getOperationName(), request.getDocument());
    long start = System.nanoTime();
    return Mono.defer(
            () -> {
              MDC.put(KEY, name);
              return chain.next(request);
            })
        .doOnNext(
            response ->
                log.debug(
                    "GraphQL {} answered in {} ms with {} errors",
                    name,
                    (System.nanoTime() - start) / 1_000_000,
                    response.getErrors().size()))
        .doFinally(signal -> MDC.remove(KEY))
        .contextWrite(context -> context.put(Slf4jThreadLocalAccessor.KEY, Map.of(KEY, name)));
  }

  /** The request's operationName, else the first operation's name in the document. */
  static String operationName(String given, String document) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    if (document != null) {
      Matcher m = NAMED_OPERATION.matcher(document);
      if (m.find()) {
        return m.group(1);
      }
    }
    return UNNAMED;
  }
}
