package org.pathgraph.graphql;

import graphql.introspection.Introspection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.neo4j.RequestDeadline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Wires the request limits into graphql-java: the shared, limit-checked parse of each document
 * (graphql-java validates that parse and never parses itself), introspection on or off, and each
 * request's deadline.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  /** A request header with which a client may shorten (never lengthen) its timeout. */
  static final String TIMEOUT_HEADER = "Pathgraph-Timeout";

  @Bean
  ParsedDocuments parsedDocuments(PathgraphProperties properties) {
    return new ParsedDocuments(properties.limits());
  }

  /** graphql-java takes its documents from the shared parse; the schema is known once built. */
  @Bean
  GraphQlSourceBuilderCustomizer validatedDocuments(
      ParsedDocuments documents, ObjectProvider<GraphQlSource> source) {
    ValidatedDocuments validated =
        new ValidatedDocuments(documents, () -> source.getObject().schema());
    return builder -> builder.configureGraphQl(g -> g.preparsedDocumentProvider(validated));
  }

  @Bean
  WebGraphQlInterceptor requestLimitsInterceptor(PathgraphProperties properties) {
    PathgraphProperties.Limits limits = properties.limits();
    RequestDeadline.register();
    return (request, chain) -> {
      Duration timeout = timeout(limits.timeout(), request.getHeaders().getFirst(TIMEOUT_HEADER));
      request.configureExecutionInput(
          (input, builder) -> {
            Map<Object, Object> context = new HashMap<>();
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
