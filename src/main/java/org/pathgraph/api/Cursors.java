package org.pathgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last item seen, base64url-encoded behind a version
 * prefix, so a page is stable while content is added before it.
 */
public final class Cursors {

  private static final String PREFIX = "k1:";

  private Cursors() {}

  /** The cursor of an item whose sort key is {@code key}. */
  public static String encode(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key inside {@code cursor}; null for null; a clear error for anything else. */
  public static String decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return text.substring(PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw new BadRequestException(
        "'after' is not a cursor this server gave out: \"" + cursor + "\"");
  }

  /** The page size {@code first} after checking it: 1 to 100. */
  public static int pageSize(Integer first) {
    int size = first == null ? 20 : first;
    if (size < 1 || size > 100) {
      throw new BadRequestException("'first' must be between 1 and 100, got " + size);
    }
    return size;
  }
}
