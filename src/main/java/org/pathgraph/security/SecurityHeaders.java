package org.pathgraph.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.render.RenderOptions;
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
 * origins (a frontend embedding a PDF). The Blockly viewer ({@code /blockly/**}) is framed by
 * rendered content the same way. Everything else, the viewer and GraphiQL among it, gets the
 * viewer's policy and may not be framed at all.
 */
final class SecurityHeaders {

  private SecurityHeaders() {}

  private static final RequestMatcher CONTENT_FILES =
      new OrRequestMatcher(
          PathPatternRequestMatcher.withDefaults().matcher("/assets/**"),
          PathPatternRequestMatcher.withDefaults().matcher("/images/**"));

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

  private static final RequestMatcher BLOCKLY_VIEWER =
      PathPatternRequestMatcher.withDefaults().matcher("/blockly/**");

  private static final RequestMatcher FRAMEABLE =
      new OrRequestMatcher(CONTENT_FILES, BLOCKLY_VIEWER);

  /** The header configuration for {@code properties}. */
  static Customizer<
          HeadersConfigurer<
              org.springframework.security.config.annotation.web.builders.HttpSecurity>>
      headers(PathgraphProperties properties) {
    String ancestors = String.join(" ", concat("'self'", properties.cors().allowedOrigins()));
    String contentPolicy =
        "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline';"
            + " frame-ancestors "
            + ancestors;
    String viewerPolicy = viewerPolicy(properties);
    String blocklyPolicy = blocklyPolicy(ancestors);
    return h ->
        h.frameOptions(f -> f.disable())
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(FRAMEABLE),
                    new XFrameOptionsHeaderWriter(
                        XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    FRAMEABLE,
                    new XFrameOptionsHeaderWriter(
                        XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    CONTENT_FILES,
                    new StaticHeadersWriter("Content-Security-Policy", contentPolicy)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    BLOCKLY_VIEWER,
                    new StaticHeadersWriter("Content-Security-Policy", blocklyPolicy)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(FRAMEABLE),
                    new StaticHeadersWriter("Content-Security-Policy", viewerPolicy)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    CONTENT_FILES, new StaticHeadersWriter("Referrer-Policy", "no-referrer")));
  }

  /**
   * The viewer's and GraphiQL's policy. They put server-rendered HTML and search snippets into the
   * page and keep a teacher's token in local storage, so a tag that slips through the sanitiser
   * must not run: scripts only from the jar, no plugins, no {@code <base>}, frames only from the
   * render allowlist and this server (Blockly viewer, PDFs). Styles may be inline: KaTeX, Mermaid's
   * SVG, GraphiQL and the progress bar set {@code style}. Images and media may come from anywhere,
   * as content does; the API ({@code connect-src}) is this server only.
   */
  static String viewerPolicy(PathgraphProperties properties) {
    List<String> frames = new ArrayList<>();
    frames.add("'self'");
    PathgraphProperties.Render render = properties.render();
    Collection<String> hosts =
        render.iframeHosts().isEmpty()
            ? new TreeSet<>(RenderOptions.defaults().iframeHosts())
            : render.iframeHosts();
    for (String host : hosts) {
      // A configured host is a host name: anything else could add directives to the policy.
      if (HOST.matcher(host).matches()) {
        frames.add("https://" + host.toLowerCase(Locale.ROOT));
      }
    }
    // A viewer or an asset URL on another server (an absolute blockly-viewer-url, links.base-url).
    for (String url : List.of(render.blocklyViewerUrl(), properties.links().baseUrl())) {
      String origin = origin(url);
      if (origin != null && !frames.contains(origin)) {
        frames.add(origin);
      }
    }
    return "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none';"
        + " form-action 'self'; frame-ancestors 'none'; frame-src "
        + String.join(" ", frames)
        + "; connect-src 'self'; img-src 'self' data: https: http:; media-src 'self' https: http:;"
        + " font-src 'self' data:; style-src 'self' 'unsafe-inline'";
  }

  /**
   * The Blockly viewer's policy: its scripts from the jar, its XML from this server's assets, no
   * frames or plugins of its own; framed by this server and the CORS origins, like content files.
   * Blockly injects its CSS as a {@code <style>} element, hence inline styles.
   */
  static String blocklyPolicy(String ancestors) {
    return "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:;"
        + " style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; base-uri 'none';"
        + " form-action 'none'; frame-src 'none'; frame-ancestors "
        + ancestors;
  }

  /** {@code scheme://host[:port]} of an absolute http(s) URL, else null. */
  private static String origin(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        return null;
      }
      String origin =
          scheme.toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
      return uri.getPort() < 0 ? origin : origin + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return null;
    }
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
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
