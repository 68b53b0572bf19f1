package org.pathgraph.graphql;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * HTTP caching of GET answers: a successful answer without errors gets a strong ETag of its bytes
 * and {@code Cache-Control} ({@code private} when the request carried a token, so a shared cache
 * never serves a teacher's answer to a learner), anything else {@code no-store}. Answers vary by
 * {@code Accept} and {@code Authorization}.
 */
final class GetCaching {

  private final long maxAgeSeconds;

  GetCaching(Duration maxAge) {
    this.maxAgeSeconds = maxAge.toSeconds();
  }

  /**
   * Adds the caching headers of {@code body} to {@code answer}; returns the 304 to send instead
   * when the client holds these bytes already, else null.
   */
  ServerResponse apply(
      ServerRequest request, ServerResponse.BodyBuilder answer, byte[] body, boolean cacheable) {
    answer.varyBy(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION);
    if (!cacheable) {
      answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
      return null;
    }
    String etag = etag(body);
    boolean personal = request.headers().firstHeader(HttpHeaders.AUTHORIZATION) != null;
    String cacheControl = (personal ? "private" : "public") + ", max-age=" + maxAgeSeconds;
    answer.eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    if (!request.headers().header(HttpHeaders.IF_NONE_MATCH).contains(etag)) {
      return null;
    }
    return ServerResponse.status(HttpStatus.NOT_MODIFIED)
        .eTag(etag)
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .varyBy(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION)
        .build();
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
