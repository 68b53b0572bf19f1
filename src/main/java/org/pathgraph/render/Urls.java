package org.pathgraph.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URL handling shared by the markdown and raw-HTML paths: the sanitizer's stricter scheme reading,
 * asset paths, templates, queries and YouTube embeds. Where a URL leads is {@link UrlView}'s to
 * say, as browsers read it.
 */
final class Urls {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]+");
  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

  private Urls() {}

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
   * {@link UrlView}'s to say.
   */
  static String browserView(String url) {
    return CONTROL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The lower-case scheme after {@link #browserView}, or null for a relative reference. */
  static String scheme(String url) {
    Matcher m = UrlView.SCHEME.matcher(browserView(url));
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
    UrlView view = UrlView.of(url);
    // Only what browsers take for a relative path: "\\host", "\/host" and "/<tab>/host" name
    // another host and are not folded into the folder. A value that {@link #scheme} sees a scheme
    // in ("java<U+0001>script:") is left to the sanitizer rather than turned into a file name.
    if (view.kind() != UrlView.Kind.RELATIVE_PATH || view.disguised() || scheme(url) != null) {
      return null;
    }
    return normalise(percentDecode(view.path()));
  }

  /** The suffix ({@code ?..#..}) that {@link #relativeAssetPath} dropped. */
  static String suffix(String url) {
    String input = UrlView.preprocess(url);
    int cut = UrlView.pathEnd(input);
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
    UrlView view = UrlView.of(url);
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
}
