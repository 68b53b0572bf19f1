package org.pathgraph.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A bounded cache in front of a {@link Renderer}, keyed by a hash of the request, the render
 * options and the caller's role.
 *
 * <p>Nothing invalidates it: what the resolver answers must be in the request instead. The caller
 * puts each embedded object's content hash and visibility into the request's metadata ({@code
 * content/Rendering} does), so a changed embed is a new key on every server instance. The role is
 * in the key because the resolver may answer differently per role (restricted embeds). Asset
 * existence is not in the key: an image added to an object's folder without any change to the
 * object's files shows once the entry is evicted or the server restarts.
 */
public final class RenderCache {

  private record Key(String requestHash, RenderOptions options, String role) {}

  private final Renderer renderer;
  private final Cache<Key, RenderResult> cache;

  public RenderCache(Renderer renderer, long maximumSize) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
  }

  /** The cached result for this request and role, rendering it on a miss. */
  public RenderResult render(RenderRequest request, ReferenceResolver resolver, String role) {
    Key key = new Key(hash(request), renderer.options(), role == null ? "" : role);
    return cache.get(key, k -> renderer.render(request, resolver));
  }

  /** Hit, miss and eviction counts since construction. */
  public CacheStats stats() {
    return cache.stats();
  }

  public long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  static String hash(RenderRequest request) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    for (String part :
        new String[] {
          request.contentType(),
          request.body(),
          request.key(),
          request.folderUrl(),
          request.contentFile(),
          canonical(request.metadata())
        }) {
      // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
      String value = part == null ? "\u0000null" : part;
      digest.update((value.length() + ":" + value).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String canonical(Map<String, Object> metadata) {
    return new TreeMap<>(metadata).toString();
  }
}
