package org.pathgraph.graphql;

import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.neo4j.RequestDeadline;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Wires the request limits into graphql-java: the document checks before validation, the parser
 * limits for graphql-java's own parse, introspection on or off, and each request's deadline.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  /** A request header with which a client may shorten (never lengthen) its timeout. */
  static final String TIMEOUT_HEADER = "Pathgraph-Timeout";

  @Bean
  GraphQlSourceBuilderCustomizer documentLimits(PathgraphProperties properties) {
    DocumentLimits limits = new DocumentLimits(properties.limits());
    return builder -> builder.configureGraphQl(g -> g.preparsedDocumentProvider(limits));
  }

  @Bean
  WebGraphQlInterceptor requestLimitsInterceptor(PathgraphProperties properties) {
    PathgraphProperties.Limits limits = properties.limits();
    ParserOptions parserOptions = DocumentLimits.parserOptions(limits);
    RequestDeadline.register();
    return (request, chain) -> {
      Duration timeout = timeout(limits.timeout(), request.getHeaders().getFirst(TIMEOUT_HEADER));
      request.configureExecutionInput(
          (input, builder) -> {
            Map<Object, Object> context = new HashMap<>();
            context.put(ParserOptions.class, parserOptions);
            if (!limits.introspection()) {
              context.put(Introspection.INTROSPECTION_DISABLED, true);
            }
            return builder.graphQLContext(context).build();
          });
      return chain.next(request).contextWrite(c -> RequestDeadline.write(c, timeout));
    };
  }

  /** The configured timeout, or the client's shorter one; an unreadable header is ignored. */
  static Duration timeout(Duration configured, String header) {
    if (header == null || header.isBlank()) {
      return configured;
    }
    try {
      Duration asked = DurationStyle.detectAndParse(header.trim());
      return asked.isNegative() || asked.compareTo(configured) > 0 ? configured : asked;
    } catch (IllegalArgumentException e) {
      return configured;
    }
  }
}
