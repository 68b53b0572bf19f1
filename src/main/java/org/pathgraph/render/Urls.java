package org.pathgraph.render;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URL classification and rewriting shared by the markdown and raw-HTML paths.
 *
 * <p>Where a URL leads is decided by {@link #view}, which reads it as browsers do (the WHATWG URL
 * standard), not as {@link URI} or a prefix test do: the two disagree on {@code /\host}, {@code
 * \\host}, {@code /<tab>/host} and {@code https://a\@b}, and the browser is the one that fetches.
 */
final class Urls {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]+");
  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

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

  /** WHATWG forbidden host code points besides NUL, tab and newlines. */
  private static final String FORBIDDEN_IN_HOST = " #/:<>?@[\\]^|";

  /** WHATWG forbidden domain code points besides C0 controls: forbidden host ones, % and DEL. */
  private static final String FORBIDDEN_IN_DOMAIN = FORBIDDEN_IN_HOST + "%\u007f";

  private Urls() {}

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
     * {@code scheme:...}: {@link View#host} for http(s) and the like, none for mailto: or data:.
     */
    ABSOLUTE,
    /**
     * Browsers cannot parse it (a special URL without host, a forbidden host character, a port).
     */
    INVALID
  }

  /**
   * A URL as browsers read it.
   *
   * @param scheme lower case, or null for a relative reference
   * @param host the host browsers connect to (lower case ASCII, percent-decoded; IDNs and IPv6
   *     addresses are kept as written, so they never equal an ASCII allowlist entry), or null
   * @param port the explicit port, or -1
   * @param path the path without query and fragment, tabs and newlines removed, backslashes as
   *     slashes for http(s) and relative references; null for URLs without a path
   * @param disguised a reader that follows RFC 3986 (java.net.URI, a {@code startsWith("/")} test)
   *     finds another scheme or host than browsers do: the URL looks like one address and is
   *     another
   */
  record View(Kind kind, String scheme, String host, int port, String path, boolean disguised) {

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
  }

  /**
   * Reads {@code url} as the WHATWG URL parser does against a base of one of our pages (a special,
   * http or https, URL). Written here for the few states that decide scheme, host and path rather
   * than taken from a library: the one Java port of the standard on Maven Central, galimatias
   * (io.mola.galimatias, last released in 2014; its fork nu.validator:galimatias in 2018), follows
   * a years-old state of the standard and is not maintained; this is the small part we need,
   * checked by SameOriginUrlTests.
   */
  static View view(String url) {
    View browser = whatwgRead(preprocess(url));
    if (browser.kind() == Kind.INVALID || "file".equals(browser.scheme())) {
      // Nothing to compare: browsers fetch nothing, or file: is refused whatever its host.
      return browser;
    }
    Matcher naive = RFC3986_START.matcher(EDGE_ASCII_WHITESPACE.matcher(url).replaceAll(""));
    naive.find();
    String naiveScheme = naive.group(1) == null ? null : naive.group(1).toLowerCase(Locale.ROOT);
    String naiveHost = NO_HOST;
    if (naive.group(2) != null) {
      String host = hostOf(naive.group(2), naiveScheme);
      naiveHost = host == null ? BAD_HOST : host;
    }
    String browserHost = browser.host() == null ? NO_HOST : browser.host();
    boolean disguised =
        !Objects.equals(naiveScheme, browser.scheme()) || !naiveHost.equals(browserHost);
    return new View(
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

  /** No authority, and an authority whose host fails: neither can be a host (they hold spaces). */
  private static final String NO_HOST = "(no host)";

  private static final String BAD_HOST = "(bad host)";

  /** The states of the basic URL parser that matter here, on the preprocessed input. */
  private static View whatwgRead(String input) {
    Matcher m = SCHEME.matcher(input);
    if (!m.find()) {
      // No scheme: relative to the page, whose scheme is special, so "\" counts as "/".
      if (input.isEmpty()) {
        return new View(Kind.EMPTY, null, null, -1, null, false);
      }
      char first = input.charAt(0);
      if (isSlash(first)) {
        if (input.length() > 1 && isSlash(input.charAt(1))) {
          return authority(Kind.NETWORK, null, input.substring(2));
        }
        return new View(Kind.SAME_ORIGIN_PATH, null, null, -1, specialPath(input), false);
      }
      if (first == '?') {
        return new View(Kind.QUERY, null, null, -1, null, false);
      }
      if (first == '#') {
        return new View(Kind.FRAGMENT, null, null, -1, null, false);
      }
      return new View(Kind.RELATIVE_PATH, null, null, -1, specialPath(input), false);
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
    return new View(Kind.ABSOLUTE, scheme, null, -1, null, false);
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  /** The path of a special or relative URL: up to "?" or "#", backslashes read as slashes. */
  private static String specialPath(String rest) {
    int cut = indexOfAny(rest, '?', '#');
    return (cut < 0 ? rest : rest.substring(0, cut)).replace('\\', '/');
  }

  /**
   * "special authority ignore slashes", "authority", "host" and "port" states: leading slashes of
   * either kind are skipped (special schemes), the authority ends at "/", "\", "?" or "#", the host
   * follows its last "@".
   */
  private static View authority(Kind kind, String scheme, String rest) {
    boolean special = scheme == null || SPECIAL.contains(scheme);
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
    String host = hostOf(authority, scheme);
    if (host == null || (host.isEmpty() && special && !"file".equals(scheme))) {
      return new View(Kind.INVALID, scheme, null, -1, path, false);
    }
    return new View(kind, scheme, host, portOf(authority), path, false);
  }

  /**
   * The host of an authority ({@code user@host:port}), lower case and percent-decoded, or null
   * where browsers fail: a bad port, a forbidden character, or "@" without host.
   */
  private static String hostOf(String authority, String scheme) {
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    if (at >= 0 && hostPort.isEmpty()) {
      return null;
    }
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
      port = hostPort.substring(close + 1);
      if (!port.isEmpty() && !port.startsWith(":")) {
        return null;
      }
      port = port.isEmpty() ? "" : port.substring(1);
    } else {
      int colon = hostPort.indexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
      // Special schemes: the domain host parser; others: the opaque host parser, which
      // neither decodes nor lower-cases (those schemes are refused anyway).
      boolean special = scheme == null || SPECIAL.contains(scheme);
      host = special ? domain(host) : opaqueHost(host);
      if (host == null) {
        return null;
      }
    }
    if (!port.isEmpty() && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535)) {
      return null;
    }
    return host;
  }

  private static int portOf(String authority) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0 || hostPort.lastIndexOf(']') > colon || colon == hostPort.length() - 1) {
      return -1;
    }
    return Integer.parseInt(hostPort.substring(colon + 1));
  }

  /**
   * The "host parser" for a domain: percent-decoded as UTF-8, ASCII lower-cased, null when it holds
   * a forbidden domain code point (C0 controls, space, {@code # % / : < > ? @ [ \ ] ^ |}).
   * Non-ASCII names are left as decoded: browsers map them with IDNA, which no allowlist entry here
   * could equal, so they only ever fail a comparison, never pass a wrong one.
   */
  private static String domain(String host) {
    String decoded = percentDecodeUtf8(host);
    if (decoded == null) {
      return null;
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || FORBIDDEN_IN_DOMAIN.indexOf(c) >= 0) {
        return null;
      }
    }
    return decoded.toLowerCase(Locale.ROOT);
  }

  /** The opaque host parser: null when it holds a forbidden host code point. */
  private static String opaqueHost(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == 0 || c == '\t' || c == '\n' || c == '\r' || FORBIDDEN_IN_HOST.indexOf(c) >= 0) {
        return null;
      }
    }
    return host;
  }

  /** Percent-decodes bytes as UTF-8 (no "+" rule), or null for bytes that are not UTF-8. */
  private static String percentDecodeUtf8(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
      int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
      if (raw[i] == '%' && hi >= 0 && lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** {@code url} for a warning: one line, controls written as codes (a tab as &#92;u0009). */
  static String printable(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The value with every control character and space removed, lower case: more than browsers strip
   * (they drop only tabs and newlines inside a URL), so that a script scheme hidden by any control
   * character, as some browsers once read it, is still seen and refused. Where a URL leads is
   * {@link #view}'s to say.
   */
  static String browserView(String url) {
    return CONTROL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The lower-case scheme after {@link #browserView}, or null for a relative reference. */
  static String scheme(String url) {
    Matcher m = SCHEME.matcher(browserView(url));
    return m.find() ? m.group(1) : null;
  }

  static boolean isHttp(String url) {
    String scheme = scheme(url);
    return "http".equals(scheme) || "https".equals(scheme);
  }

  /**
   * A path inside the object's folder, or null when {@code url} is not one: absolute URLs,
   * origin-relative paths, fragments and queries are left to the browser.
   */
  static String relativeAssetPath(String url) {
    View view = view(url);
    // Only what browsers take for a relative path: "\\host", "\/host" and "/<tab>/host" name
    // another host and are not folded into the folder. A value that {@link #scheme} sees a scheme
    // in ("java<U+0001>script:") is left to the sanitizer rather than turned into a file name.
    if (view.kind() != Kind.RELATIVE_PATH || view.disguised() || scheme(url) != null) {
      return null;
    }
    return normalise(percentDecode(view.path()));
  }

  /** The suffix ({@code ?..#..}) that {@link #relativeAssetPath} dropped. */
  static String suffix(String url) {
    String input = preprocess(url);
    int cut = indexOfAny(input, '?', '#');
    return cut < 0 ? "" : input.substring(cut);
  }

  /** Resolves {@code .} and {@code ..}; null when the path climbs out of the folder. */
  static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  /** {@code folderUrl} joined with an already normalised relative path, each segment encoded. */
  static String assetUrl(String folderUrl, String relativePath) {
    StringBuilder url = new StringBuilder(folderUrl);
    String[] segments = relativePath.split("/");
    for (int i = 0; i < segments.length; i++) {
      url.append(i == 0 ? "" : "/").append(encode(segments[i]));
    }
    return url.toString();
  }

  /** Folder URLs always end in a slash and are origin-relative or absolute. */
  static String folder(String folderUrl) {
    String folder = folderUrl == null || folderUrl.isBlank() ? "/" : folderUrl.strip();
    if (!folder.startsWith("/") && !isHttp(folder)) {
      folder = "/" + folder;
    }
    return folder.endsWith("/") ? folder : folder + "/";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  /**
   * Fills a template; a placeholder whose value is null is dropped with the path segment or query
   * parameter around it.
   */
  static String expand(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      String placeholder = "{" + e.getKey() + "}";
      if (e.getValue() == null) {
        result = result.replaceAll("[/?&][^/?&{}]*" + Pattern.quote(placeholder) + "[^/?&{}]*", "");
      } else {
        String value = encode(e.getValue()).replace("%2F", "/");
        result = result.replace(placeholder, value);
      }
    }
    if (result.indexOf('?') < 0 && result.indexOf('&') >= 0) {
      result = result.replaceFirst("&", "?");
    }
    return result;
  }

  static URI parse(String url) {
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.putIfAbsent(percentDecode(name), percentDecode(value));
    }
    return params;
  }

  /**
   * The embed URL of a YouTube video (watch, youtu.be, shorts or embed form), or null when the URL
   * names no video.
   */
  static String youtubeEmbed(String url) {
    View view = view(url);
    URI uri = parse(url);
    if (view.disguised()
        || view.host() == null
        || !("http".equals(view.scheme()) || "https".equals(view.scheme()))
        || uri == null) {
      return null;
    }
    String host = view.host();
    String path = uri.getPath() == null ? "" : uri.getPath();
    Map<String, String> query = query(uri);
    String id = null;
    boolean noCookie = isDomainOrSubdomain(host, "youtube-nocookie.com");
    if (host.equals("youtu.be")) {
      id = path.replaceFirst("^/", "");
    } else if (isDomainOrSubdomain(host, "youtube.com") || noCookie) {
      if (path.equals("/watch")) {
        id = query.get("v");
      } else if (path.startsWith("/embed/") || path.startsWith("/shorts/")) {
        id = path.substring(path.indexOf('/', 1) + 1);
      }
    }
    if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
      return null;
    }
    String embedHost = noCookie ? "www.youtube-nocookie.com" : "www.youtube.com";
    String start = query.getOrDefault("start", query.get("t"));
    String startSeconds = start == null ? null : start.replaceAll("s$", "");
    boolean numeric = startSeconds != null && startSeconds.matches("\\d{1,6}");
    return "https://" + embedHost + "/embed/" + id + (numeric ? "?start=" + startSeconds : "");
  }

  /** {@code host} is {@code domain} or a subdomain of it; "evilyoutube.com" is neither. */
  static boolean isDomainOrSubdomain(String host, String domain) {
    return host.equals(domain) || host.endsWith("." + domain);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
