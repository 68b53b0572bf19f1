package org.pathgraph.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Mints HMAC-signed tokens for development and tests, with the server's local secret. */
public final class Tokens {

  /** The roles a token can carry. */
  public static final Set<String> ROLES = Set.of("LEARNER", "TEACHER", "ADMIN");

  private Tokens() {}

  /** A token for {@code role}, valid for {@code ttl}, signed with {@code secret}. */
  public static String mint(String secret, String role, Duration ttl) {
    checkSecret(secret);
    String upper = role.toUpperCase(Locale.ROOT);
    if (!ROLES.contains(upper)) {
      throw new IllegalArgumentException("unknown role '" + role + "': use one of " + ROLES);
    }
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("pathgraph-" + upper.toLowerCase(Locale.ROOT))
            .issuer("pathgraph")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .claim("roles", List.of(upper))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot sign a token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /** Fails with a clear message when {@code secret} is too short for HMAC-SHA256. */
  static void checkSecret(String secret) {
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
      throw new IllegalArgumentException(
          "pathgraph.security.jwt.secret must be at least 32 bytes long for HMAC-SHA256");
    }
  }

  /** Parses a duration such as {@code 1h}, {@code 30m}, {@code 2d}, {@code 45s} or ISO-8601. */
  public static Duration ttl(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new IllegalArgumentException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--ttl must look like 30m, 1h, 2d or PT1H, got \"" + text + "\"");
    }
  }
}
