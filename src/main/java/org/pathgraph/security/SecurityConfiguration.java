package org.pathgraph.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.logging.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint but the actuator's (other than health) is open to anonymous learners; a bearer
 * token, when given, must be valid (an invalid, expired or wrongly signed one is a 401, never a
 * silent downgrade) and its roles claim makes the request a teacher's or an admin's.
 */
@Configuration(proxyBeanMethods = false)
// The import command runs without a web server, and so without HTTP security.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, JwtDecoder decoder, PathgraphProperties properties) throws Exception {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    String claim = properties.security().jwt().rolesClaim();
    converter.setJwtGrantedAuthoritiesConverter(jwt -> authorities(jwt, claim));
    AuthenticationEntryPoint unauthorized =
        (request, response, e) -> {
          // Spring Security's and the JWT library's messages name their classes and checks: the
          // client gets ours, the log the original under the error's correlation id.
          String id = Correlation.newId();
          Correlation.log(
              id,
              () ->
                  log.info(
                      "Bearer token refused, correlationId={}: {}",
                      id,
                      String.valueOf(e.getMessage())));
          String authorization = request.getHeader("Authorization");
          boolean sent =
              authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6);
          String message =
              !sent
                  ? "this endpoint needs a bearer token"
                  : String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("expired")
                      ? "invalid bearer token: it has expired"
                      : "invalid bearer token: it is malformed, wrongly signed, expired, from"
                          + " another issuer or not valid yet";
          response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
          response.setHeader(
              "WWW-Authenticate",
              sent
                  ? "Bearer error=\"invalid_token\", error_description=\"" + message + "\""
                  : "Bearer");
          response.setContentType("application/json");
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response
              .getWriter()
              .write(
                  JSON.writeValueAsString(
                      Map.of(
                          "errors",
                          List.of(
                              Map.of(
                                  "message",
                                  message,
                                  "extensions",
                                  Map.of(
                                      "classification", "UNAUTHORIZED", Correlation.KEY, id))))));
        };
    // Health is for load balancers and anyone curious (details only for admins, see
    // application.yml); the other actuator endpoints show internals, so they are for admins.
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                    .permitAll()
                    .requestMatchers(EndpointRequest.toAnyEndpoint())
                    .hasRole("ADMIN")
                    .anyRequest()
                    .permitAll())
        // Bearer tokens only, no cookies: there is no session for CSRF to ride on.
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders.headers(properties))
        .cors(SecurityHeaders.cors(properties))
        .oauth2ResourceServer(
            o ->
                o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(unauthorized));
    return http.build();
  }

  /**
   * No observations of the security filter chain, authentications and authorizations: with an
   * observation registry present, Spring Security wraps each of its filters in an observation on
   * every request, a measurable share of a small GraphQL request's time (profiled in the benchmark)
   * for spans and metrics nobody reads here; {@code http.server.requests} and the GraphQL metrics
   * stay.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  JwtDecoder jwtDecoder(PathgraphProperties properties) {
    PathgraphProperties.Jwt jwt = properties.security().jwt();
    if (notBlank(jwt.jwkSetUri())) {
      return NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
    }
    if (notBlank(jwt.issuerUri())) {
      return JwtDecoders.fromIssuerLocation(jwt.issuerUri());
    }
    String secret = jwt.secret();
    if (!notBlank(secret)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      log.warn(
          "No pathgraph.security.jwt.secret, issuer-uri or jwk-set-uri: using a random secret for"
              + " this run. Mint a token with: java -jar target/pathgraph.jar token --role TEACHER"
              + " --pathgraph.security.jwt.secret={}",
          secret);
    }
    Tokens.checkSecret(secret);
    return NimbusJwtDecoder.withSecretKey(
            new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
        .macAlgorithm(MacAlgorithm.HS256)
        .build();
  }

  /** ROLE_* authorities from the configured claim: a list, a space-separated string, or nested. */
  static Collection<GrantedAuthority> authorities(Jwt jwt, String claimPath) {
    Object value = jwt.getClaims();
    for (String part : claimPath.split("\\.")) {
      value = value instanceof Map<?, ?> m ? m.get(part) : null;
    }
    List<String> roles = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      c.forEach(v -> roles.add(String.valueOf(v)));
    } else if (value instanceof String s) {
      roles.addAll(List.of(s.trim().split("\\s+")));
    }
    List<GrantedAuthority> result = new ArrayList<>();
    for (String role : roles) {
      result.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)));
    }
    return result;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
