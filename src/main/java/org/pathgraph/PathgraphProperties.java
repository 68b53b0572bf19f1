package org.pathgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code pathgraph.*} setting, typed. The README's configuration table lists them. {@code
 * vocabularies} are the SKOS files, folders or {@code classpath:} resources imported with every
 * content tree (besides the tree's own {@code vocabularies/} folder); by default the i-Learn
 * concepts bundled in the jar, so the default does not depend on the working directory.
 */
@ConfigurationProperties("pathgraph")
public record PathgraphProperties(
    @DefaultValue Embedded embedded,
    @DefaultValue Content content,
    @DefaultValue Links links,
    @DefaultValue Security security,
    @DefaultValue Render render,
    @DefaultValue Log log,
    @DefaultValue("classpath:vocabularies/ilearn.ttl") List<String> vocabularies,
    @DefaultValue Limits limits,
    @DefaultValue Cors cors,
    @DefaultValue Http http) {

  /** The in-process Neo4j started when no external server is configured. */
  public record Embedded(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("0") int boltPort,
      @DefaultValue("./data/neo4j") Path dataDir,
      @DefaultValue("128m") String pageCache) {}

  /** The content tree imported at start-up; an empty {@code dir} turns that import off. */
  public record Content(@DefaultValue("demo-content") String dir) {

    /** True when a start-up import is configured. */
    public boolean importAtStartup() {
      return dir != null && !dir.isBlank();
    }
  }

  /**
   * How links into the frontend are written. {@code base-url} prefixes the server's own URLs
   * (assets, cover images) so they are right behind a proxy; empty means site-relative.
   */
  public record Links(
      @DefaultValue("") String baseUrl,
      @DefaultValue("/paths/{language}/{hruid}?node={object}") String pathUrl,
      @DefaultValue("/objects/{language}/{hruid}/{version}") String objectUrl) {}

  /** Authentication: JWT bearer tokens from an identity provider or signed with a local secret. */
  public record Security(@DefaultValue Jwt jwt) {}

  /**
   * Where tokens come from: {@code issuer-uri} or {@code jwk-set-uri} for an identity provider,
   * {@code secret} (HMAC-SHA256, 32 bytes or more) for local use. {@code roles-claim} is the claim
   * holding the roles, a dotted path such as {@code realm_access.roles}, or {@code scope}.
   */
  public record Jwt(
      String secret,
      String issuerUri,
      String jwkSetUri,
      @DefaultValue("roles") String rolesClaim) {}

  /**
   * How content renders: the hosts iframes may come from (empty: YouTube, Vimeo and Dwengo), the
   * read-only Blockly viewer, the embed depth limit and the size of the render cache (objects).
   */
  public record Render(
      @DefaultValue List<String> iframeHosts,
      @DefaultValue("/blockly/viewer.html") String blocklyViewerUrl,
      @DefaultValue("3") int maxEmbedDepth,
      @DefaultValue("10000") long cacheSize) {}

  /**
   * Logging: {@code json} writes the console log as JSON lines (read before the logging system
   * starts, by {@code logging.JsonLogs}; bound here so it is a known, documented setting).
   */
  public record Log(@DefaultValue("false") boolean json) {}

  /**
   * Abuse limits on GraphQL requests, on by default. Document checks (size, tokens, depth, aliases,
   * fields) run before validation, argument checks ({@code first}, the node budget) before any
   * field runs, so a rejected request costs no database work. {@code default-list-size} is what a
   * list field without {@code first} counts for in the node budget; {@code timeout} bounds every
   * Cypher statement of a request (the database cancels it). {@code max-return-value} bounds the
   * JSON of each {@code returnValue} argument (checked before any field runs), {@code
   * condition-budget} the JSON the transition conditions of one request may read: each condition
   * evaluated against a returnValue reads all of it.
   */
  public record Limits(
      @DefaultValue("12") int maxDepth,
      @DefaultValue("30") int maxAliases,
      @DefaultValue("500") int maxFields,
      @DefaultValue("20000") int maxDocumentChars,
      @DefaultValue("5000") int maxTokens,
      @DefaultValue("20000") int maxNodes,
      @DefaultValue("10") int defaultListSize,
      @DefaultValue("1MB") org.springframework.util.unit.DataSize maxRequestSize,
      @DefaultValue("10s") Duration timeout,
      @DefaultValue("true") boolean introspection,
      @DefaultValue("16KB") org.springframework.util.unit.DataSize maxReturnValue,
      @DefaultValue("256KB") org.springframework.util.unit.DataSize conditionBudget) {}

  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  public record Cors(@DefaultValue List<String> allowedOrigins) {}

  /** HTTP caching of GraphQL GET responses: how long anonymous answers may be reused. */
  public record Http(@DefaultValue("60s") Duration cacheMaxAge) {}
}
