package org.pathgraph.security;

import java.util.List;
import org.pathgraph.PathgraphProperties;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.CorsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Response headers beyond Spring Security's defaults (which already send {@code
 * X-Content-Type-Options: nosniff} everywhere). Files served from content ({@code /assets/**},
 * {@code /images/**}) get a content security policy that runs no script (an SVG or HTML asset
 * opened directly stays inert), no referrer, and may be framed only by this server and the CORS
 * origins (a frontend embedding a PDF); everything else may not be framed at all.
 */
final class SecurityHeaders {

  private SecurityHeaders() {}

  private static final RequestMatcher CONTENT_FILES =
      new OrRequestMatcher(
          PathPatternRequestMatcher.withDefaults().matcher("/assets/**"),
          PathPatternRequestMatcher.withDefaults().matcher("/images/**"));

  /** The header configuration for {@code properties}. */
  static Customizer<
          HeadersConfigurer<
              org.springframework.security.config.annotation.web.builders.HttpSecurity>>
      headers(PathgraphProperties properties) {
    String ancestors = String.join(" ", concat("'self'", properties.cors().allowedOrigins()));
    String policy =
        "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline';"
            + " frame-ancestors "
            + ancestors;
    return h ->
        h.frameOptions(f -> f.disable())
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(CONTENT_FILES),
                    new XFrameOptionsHeaderWriter(
                        XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    CONTENT_FILES,
                    new XFrameOptionsHeaderWriter(
                        XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    CONTENT_FILES, new StaticHeadersWriter("Content-Security-Policy", policy)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    CONTENT_FILES, new StaticHeadersWriter("Referrer-Policy", "no-referrer")));
  }

  /**
   * CORS for {@code pathgraph.cors.allowed-origins}: the GraphQL endpoint and the content files,
   * bearer tokens in a header (no cookies, so no credentials mode). None configured: no CORS.
   */
  static Customizer<
          CorsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>>
      cors(PathgraphProperties properties) {
    List<String> origins = properties.cors().allowedOrigins();
    if (origins.isEmpty()) {
      return c -> c.disable();
    }
    CorsConfiguration config = new CorsConfiguration();
    config.setAllowedOrigins(origins);
    config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
    config.setAllowedHeaders(
        List.of("Authorization", "Content-Type", "Accept", "Pathgraph-Timeout", "If-None-Match"));
    config.setExposedHeaders(List.of("ETag"));
    config.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/graphql", config);
    source.registerCorsConfiguration("/assets/**", config);
    source.registerCorsConfiguration("/images/**", config);
    return c -> c.configurationSource(source);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
