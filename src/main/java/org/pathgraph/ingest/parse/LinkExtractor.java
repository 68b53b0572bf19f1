package org.pathgraph.ingest.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references an object's markdown makes to learning paths and to other objects, wherever
 * they stand (markdown link, raw HTML attribute, bare URL) except inside fenced code blocks.
 */
final class LinkExtractor {

  // A URL ends at white space, a quote, an angle bracket or a markdown closing bracket.
  private static final String URL_TAIL = "[^\\s\"'<>()\\[\\]]*";
  private static final String SEGMENT = "[^/\\s\"'<>()\\[\\]#?]+";

  private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
  private static final Pattern PATH_URL =
      Pattern.compile("(?<![\\w.-])learning-path\\.html\\?(" + URL_TAIL + ")");
  private static final Pattern OBJECT_REF =
      Pattern.compile("@learning-object/(" + SEGMENT + ")/(" + SEGMENT + ")/(" + SEGMENT + ")");
  private static final Pattern GET_WRAPPED =
      Pattern.compile(
          "/api/learningObject/getWrapped\\?(" + URL_TAIL + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE_BEFORE = Pattern.compile("!\\[[^\\]]*\\]\\(\\s*<?$");
  private static final Pattern IMG_SRC_BEFORE =
      Pattern.compile("<img\\b[^>]*\\bsrc\\s*=\\s*[\"']?$", Pattern.CASE_INSENSITIVE);

  private LinkExtractor() {}

  /**
   * What a text refers to.
   *
   * @param links distinct per (kind, target), in order of first appearance
   * @param objectReferences the object targets named by {@code @learning-object/...}: unlike {@code
   *     getWrapped} URLs, they are what the summary counts as object references
   */
  record Found(List<LinkRef> links, Set<String> objectReferences) {}

  static Found extract(String text) {
    Map<String, LinkRef> links = new LinkedHashMap<>();
    Set<String> objectReferences = new LinkedHashSet<>();
    String fence = null;
    for (String line : text.split("\r\n|\n|\r", -1)) {
      Matcher fenceLine = FENCE.matcher(line);
      if (fence != null) {
        if (fenceLine.matches()
            && fenceLine.group(1).charAt(0) == fence.charAt(0)
            && fenceLine.group(1).length() >= fence.length()
            && fenceLine.group(2).isBlank()) {
          fence = null;
        }
        continue;
      }
      if (fenceLine.matches()) {
        fence = fenceLine.group(1);
        continue;
      }
      scanLine(line.replace("&amp;", "&"), links, objectReferences);
    }
    return new Found(List.copyOf(links.values()), Set.copyOf(objectReferences));
  }

  private static void scanLine(String line, Map<String, LinkRef> links, Set<String> objectRefs) {
    Matcher path = PATH_URL.matcher(line);
    while (path.find()) {
      String query = path.group(1);
      String fragment = null;
      int hash = query.indexOf('#');
      if (hash >= 0) {
        fragment = query.substring(hash + 1);
        query = query.substring(0, hash);
      }
      Map<String, String> params = parameters(query);
      String hruid = params.get("hruid");
      String language = params.get("language");
      if (hruid != null && language != null) {
        add(
            links,
            new LinkRef(LinkKind.PATH_LINK, hruid + "/" + lower(language), objectKey(fragment)));
      }
    }
    Matcher object = OBJECT_REF.matcher(line);
    while (object.find()) {
      String target =
          object.group(1) + "/" + lower(decode(object.group(2))) + "/" + version(object.group(3));
      String before = line.substring(0, object.start());
      boolean embed = IMAGE_BEFORE.matcher(before).find() || IMG_SRC_BEFORE.matcher(before).find();
      add(links, new LinkRef(embed ? LinkKind.OBJECT_EMBED : LinkKind.OBJECT_LINK, target, null));
      objectRefs.add(target);
    }
    Matcher wrapped = GET_WRAPPED.matcher(line);
    while (wrapped.find()) {
      Map<String, String> params = parameters(wrapped.group(1).split("#", 2)[0]);
      String hruid = params.get("hruid");
      String language = params.get("language");
      String version = params.get("version");
      if (hruid != null && language != null && version != null) {
        add(
            links,
            new LinkRef(
                LinkKind.OBJECT_LINK,
                hruid + "/" + lower(language) + "/" + version(version),
                null));
      }
    }
  }

  private static void add(Map<String, LinkRef> links, LinkRef link) {
    links.putIfAbsent(link.kind() + " " + link.target(), link);
  }

  /** The non-blank parameters of a query string, decoded; the first of a repeated name wins. */
  private static Map<String, String> parameters(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String value = decode(pair.substring(eq + 1)).strip();
        if (!value.isEmpty()) {
          params.putIfAbsent(decode(pair.substring(0, eq)), value);
        }
      }
    }
    return params;
  }

  /** A {@code #hruid;lang;version} fragment as an object key, or null when it is not one. */
  private static String objectKey(String fragment) {
    if (fragment == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : decode(fragment).split(";", -1)) {
      parts.add(part.strip());
    }
    if (parts.size() != 3 || parts.stream().anyMatch(String::isEmpty)) {
      return null;
    }
    return parts.get(0) + "/" + lower(parts.get(1)) + "/" + version(parts.get(2));
  }

  /** An integer version in its canonical form ("03" is 3); other text is kept as written. */
  private static String version(String text) {
    Integer version = Values.asInteger(text);
    return version == null ? text : version.toString();
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
