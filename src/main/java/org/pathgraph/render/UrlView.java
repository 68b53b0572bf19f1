package org.pathgraph.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as browsers read it (the WHATWG URL standard), which is where it leads: not as {@link
 * java.net.URI} or a prefix test read it. java.net.URI follows RFC 3986, and the two disagree on
 * {@code /\host}, {@code \\host}, {@code /<tab>/host} and {@code https://a\@b}; the browser is the
 * one that fetches.
 *
 * <p>Of the Java ports of the standard, galimatias (io.mola.galimatias, last released in 2014; its
 * fork nu.validator:galimatias in 2018) follows a years-old state of it and is not maintained;
 * org.htmlunit:htmlunit-url is maintained, but it brings ICU4J (about 14 MB) for the IDNA mapping
 * of international hosts, which this reader does not need: it keeps an IDN as written, so it never
 * matches an ASCII allowlist entry, and a URL it cannot read is refused, never guessed at. Only the
 * few states of the parser that decide scheme, host and path are written here, checked by
 * SameOriginUrlTests; adopting htmlunit-url is the way to go if full parsing is ever needed.
 *
 * @param scheme lower case, or null for a relative reference
 * @param host the host browsers connect to (lower case ASCII, percent-decoded; IDNs and IPv6
 *     addresses are kept as written, so they never equal an ASCII allowlist entry), or null
 * @param port the explicit port, or -1
 * @param path the path without query and fragment, tabs and newlines removed, backslashes as
 *     slashes for http(s) and relative references; null for URLs without a path
 * @param disguised a reader that follows RFC 3986 (java.net.URI, a {@code startsWith("/")} test)
 *     finds another scheme or host than browsers do: the URL looks like one address and is another
 */
record UrlView(Kind kind, String scheme, String host, int port, String path, boolean disguised) {

  /** A scheme and its colon, in the syntax both standards give it. */
  static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  /** WHATWG URL: leading and trailing "C0 control or space" are stripped before parsing. */
  private static final Pattern EDGE_C0_OR_SPACE =
      Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

  /** WHATWG URL: every ASCII tab or newline is removed, wherever it stands. */
  private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");

  /** HTML strips ASCII whitespace around a URL attribute; RFC 3986 readers see the rest as is. */
  private static final Pattern EDGE_ASCII_WHITESPACE =
      Pattern.compile("^[\\t\\n\\f\\r ]+|[\\t\\n\\f\\r ]+$");

  /** The scheme and authority of RFC 3986's Appendix B expression, with the scheme's syntax. */
  private static final Pattern RFC3986_START =
      Pattern.compile("^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?");

  /** The WHATWG "special" schemes: their hosts end at a backslash too. */
  private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp", "file");

  /** No authority, and an authority whose host fails: neither can be a host (they hold spaces). */
  private static final String NO_HOST = "(no host)";

  private static final String BAD_HOST = "(bad host)";

  /** What kind of reference a URL is, as a browser on one of our https (or http) pages reads it. */
  enum Kind {
    /** Empty: the page itself. */
    EMPTY,
    /** {@code #x}: a place in the page. */
    FRAGMENT,
    /** {@code ?x}: the page with another query. */
    QUERY,
    /** {@code img/a.png}: relative to the page's path, on its origin. */
    RELATIVE_PATH,
    /** {@code /assets/a.pdf}: a path on the page's origin. */
    SAME_ORIGIN_PATH,
    /** {@code //host/x}, also written {@code /\host}, {@code \\host}: another host. */
    NETWORK,
    /**
     * {@code scheme:...}: {@link UrlView#host} for http(s) and the like, none for mailto: or data:.
     */
    ABSOLUTE,
    /**
     * Browsers cannot parse it (a special URL without host, a forbidden host character, a port).
     */
    INVALID
  }

  /** Stays on the origin of the page that shows it. */
  boolean sameOrigin() {
    return switch (kind) {
      case EMPTY, FRAGMENT, QUERY, RELATIVE_PATH, SAME_ORIGIN_PATH -> true;
      default -> false;
    };
  }

  /** Scheme, host and port (default ports made explicit), for comparing origins. */
  String origin() {
    if (scheme == null || host == null) {
      return null;
    }
    int effective = port >= 0 ? port : "https".equals(scheme) || "wss".equals(scheme) ? 443 : 80;
    return scheme + "://" + host + ":" + effective;
  }

  /**
   * Reads {@code url} as the WHATWG URL parser does against a base of one of our pages (a special,
   * http or https, URL).
   */
  static UrlView of(String url) {
    UrlView browser = whatwgRead(preprocess(url));
    if (browser.kind() == Kind.INVALID || "file".equals(browser.scheme())) {
      // Nothing to compare: browsers fetch nothing, or file: is refused whatever its host.
      return browser;
    }
    Matcher naive = RFC3986_START.matcher(EDGE_ASCII_WHITESPACE.matcher(url).replaceAll(""));
    naive.find();
    String naiveScheme = naive.group(1) == null ? null : naive.group(1).toLowerCase(Locale.ROOT);
    String naiveHost = NO_HOST;
    if (naive.group(2) != null) {
      String host = UrlHosts.hostOf(naive.group(2), isSpecial(naiveScheme));
      naiveHost = host == null ? BAD_HOST : host;
    }
    String browserHost = browser.host() == null ? NO_HOST : browser.host();
    boolean disguised =
        !Objects.equals(naiveScheme, browser.scheme()) || !naiveHost.equals(browserHost);
    return new UrlView(
        browser.kind(),
        browser.scheme(),
        browser.host(),
        browser.port(),
        browser.path(),
        disguised);
  }

  /** The WHATWG preprocessing: outer C0 controls and spaces stripped, tabs and newlines removed. */
  static String preprocess(String url) {
    return TAB_OR_NEWLINE.matcher(EDGE_C0_OR_SPACE.matcher(url).replaceAll("")).replaceAll("");
  }

  /** Where the path of a special or relative URL ends: at its first "?" or "#", or -1. */
  static int pathEnd(String input) {
    int query = input.indexOf('?');
    int fragment = input.indexOf('#');
    if (query < 0) {
      return fragment;
    }
    return fragment < 0 ? query : Math.min(query, fragment);
  }

  /** The states of the basic URL parser that matter here, on the preprocessed input. */
  private static UrlView whatwgRead(String input) {
    Matcher m = SCHEME.matcher(input);
    if (!m.find()) {
      // No scheme: relative to the page, whose scheme is special, so "\" counts as "/".
      if (input.isEmpty()) {
        return new UrlView(Kind.EMPTY, null, null, -1, null, false);
      }
      char first = input.charAt(0);
      if (isSlash(first)) {
        if (input.length() > 1 && isSlash(input.charAt(1))) {
          return authority(Kind.NETWORK, null, input.substring(2));
        }
        return new UrlView(Kind.SAME_ORIGIN_PATH, null, null, -1, specialPath(input), false);
      }
      if (first == '?') {
        return new UrlView(Kind.QUERY, null, null, -1, null, false);
      }
      if (first == '#') {
        return new UrlView(Kind.FRAGMENT, null, null, -1, null, false);
      }
      return new UrlView(Kind.RELATIVE_PATH, null, null, -1, specialPath(input), false);
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String rest = input.substring(m.end());
    if (SPECIAL.contains(scheme)) {
      // With the page's own scheme, "https:x" and "https:/x" are paths on the page's origin;
      // with another, the host starts right after any slashes ("http:evil" is http://evil).
      // Which one applies depends on the page, so the host reading is kept: the worse case, and
      // an RFC 3986 reader, which sees no host there, then calls the URL disguised.
      return authority(Kind.ABSOLUTE, scheme, rest);
    }
    if (rest.startsWith("//")) {
      return authority(Kind.ABSOLUTE, scheme, rest.substring(2));
    }
    return new UrlView(Kind.ABSOLUTE, scheme, null, -1, null, false);
  }

  /** A relative reference is read against one of our pages, whose scheme is special. */
  private static boolean isSpecial(String scheme) {
    return scheme == null || SPECIAL.contains(scheme);
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  /** The path of a special or relative URL: up to "?" or "#", backslashes read as slashes. */
  private static String specialPath(String rest) {
    int cut = pathEnd(rest);
    return (cut < 0 ? rest : rest.substring(0, cut)).replace('\\', '/');
  }

  /**
   * "special authority ignore slashes", "authority", "host" and "port" states: leading slashes of
   * either kind are skipped (special schemes), the authority ends at "/", "\", "?" or "#", the host
   * follows its last "@".
   */
  private static UrlView authority(Kind kind, String scheme, String rest) {
    boolean special = isSpecial(scheme);
    int start = 0;
    while (special && start < rest.length() && isSlash(rest.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < rest.length()) {
      char c = rest.charAt(end);
      if (c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
        break;
      }
      end++;
    }
    String authority = rest.substring(start, end);
    String path = special ? specialPath(rest.substring(end)) : rest.substring(end);
    String host = UrlHosts.hostOf(authority, special);
    if (host == null || (host.isEmpty() && special && !"file".equals(scheme))) {
      return new UrlView(Kind.INVALID, scheme, null, -1, path, false);
    }
    return new UrlView(kind, scheme, host, UrlHosts.portOf(authority), path, false);
  }
}
