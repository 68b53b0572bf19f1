package org.pathgraph.ingest.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relative references in an object's content (markdown link and image targets, {@code src}
 * and {@code href} attributes, {@code @pdf/}, {@code @audio/} and {@code @blockly/} files) that
 * climb out of the object's folder. The asset endpoint never serves such a file, so the import says
 * so instead of leaving a broken link to be found by a reader.
 */
final class FolderRefs {

  private static final Pattern TARGETS =
      Pattern.compile(
          "\\]\\(\\s*<?([^)\\s>]+)"
              + "|\\b(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']"
              + "|@(?:pdf|audio|blockly)/([^\\s)\"'<>]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private FolderRefs() {}

  /** The relative references of {@code body} that resolve outside the object's folder. */
  static Set<String> escaping(String body) {
    Set<String> escaping = new LinkedHashSet<>();
    Matcher m = TARGETS.matcher(body);
    while (m.find()) {
      String target =
          m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (escapes(target)) {
        escaping.add(target);
      }
    }
    return escaping;
  }

  static boolean escapes(String target) {
    String t = target.strip();
    if (t.isEmpty()
        || t.startsWith("#")
        || t.startsWith("@")
        || t.startsWith("//")
        || SCHEME.matcher(t).find()) {
      return false;
    }
    int cut = t.length();
    for (char c : new char[] {'?', '#'}) {
      int at = t.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    String path;
    try {
      path = URLDecoder.decode(t.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      path = t.substring(0, cut);
    }
    path = path.replace('\\', '/');
    if (path.startsWith("/")) {
      // Site-absolute: points at the server, not into the content tree.
      return false;
    }
    int depth = 0;
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (--depth < 0) {
          return true;
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    return false;
  }
}
