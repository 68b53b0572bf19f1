package org.pathgraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a browser on one of the frontend's https pages goes for a URL attribute, written for the
 * tests apart from {@code UrlView} so that the main code is not graded by itself. A short model of
 * the WHATWG URL parser: leading and trailing C0 controls and spaces are dropped, tabs and newlines
 * are dropped everywhere, schemes are case-insensitive, and for http(s) a backslash is a slash; two
 * slashes of either kind begin a host.
 */
final class BrowserReading {

  /** The target of a URL that stays on the page's own origin. */
  static final String SAME_ORIGIN = "(same origin)";

  private static final Pattern SCHEME =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
  private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp", "file");

  private BrowserReading() {}

  /**
   * {@link #SAME_ORIGIN}, {@code scheme://host} for another host, or {@code scheme:} for a URL
   * without a host ({@code mailto:}, {@code javascript:}).
   */
  static String target(String value) {
    String url = value.replaceAll("^[\\x00-\\x20]+", "").replaceAll("[\\x00-\\x20]+$", "");
    url = url.replaceAll("[\\t\\n\\r]", "");
    Matcher m = SCHEME.matcher(url);
    if (m.matches()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      if (!SPECIAL.contains(scheme)) {
        return scheme + ":";
      }
      // Without two slashes, "https:x" is a path on an https page but the host x on an http
      // one: the tests count it as another host either way.
      return scheme + "://" + host(m.group(2).replace('\\', '/'));
    }
    String path = url.replace('\\', '/');
    return path.startsWith("//") ? "//" + host(path) : SAME_ORIGIN;
  }

  /** The host after any slashes, without user info and port, lower-case. */
  private static String host(String afterScheme) {
    String rest = afterScheme.replaceFirst("^/+", "");
    String authority = rest.split("[/?#]", 2)[0];
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    return hostPort.replaceFirst(":[0-9]*$", "").toLowerCase(Locale.ROOT);
  }

  /** The URLs of a {@code srcset}: each candidate is a URL and an optional descriptor. */
  static List<String> srcsetUrls(String srcset) {
    List<String> urls = new ArrayList<>();
    for (String candidate : srcset.split(",")) {
      String trimmed = candidate.strip();
      if (!trimmed.isEmpty()) {
        urls.add(trimmed.split("\\s+", 2)[0]);
      }
    }
    return urls;
  }
}
