package org.pathgraph.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps TeX math away from the markdown parser: spans are swapped for opaque tokens before parsing
 * and put back as text afterwards, so backslashes, underscores and asterisks inside math reach
 * KaTeX/MathJax untouched. Only {@code <}, {@code >} and {@code &} end up escaped, by the HTML
 * serializer.
 *
 * <p>Recognised: {@code \(..\)}, {@code \[..\]}, {@code $$..$$} and {@code $..$} (pandoc's rule: no
 * space inside the dollars, closing dollar not followed by a digit, so "$5 and $10" stays text).
 * {@code \\(..\\)} and {@code \\[..\\]} are the markdown-escaped spellings some Dwengo sources use;
 * they come out as {@code \(..\)} and {@code \[..\]}, which is what a markdown renderer would have
 * made of them. Code spans and fenced code are left alone.
 */
final class MathSpans {

  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';

  private final List<String> spans = new ArrayList<>();

  /** Strips the token characters from untrusted input so it cannot forge tokens. */
  static String scrub(String source) {
    return source.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
  }

  String protect(String source) {
    StringBuilder out = new StringBuilder(source.length());
    String[] lines = source.split("\n", -1);
    StringBuilder chunk = new StringBuilder();
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.stripLeading();
      boolean last = i == lines.length - 1;
      if (fence == null && isFenceOpen(line, trimmed)) {
        out.append(protectInline(chunk.toString()));
        chunk.setLength(0);
        fence = trimmed.substring(0, fenceLength(trimmed));
        out.append(line).append(last ? "" : "\n");
      } else if (fence != null) {
        if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).isBlank()) {
          fence = null;
        }
        out.append(line).append(last ? "" : "\n");
      } else {
        chunk.append(line).append(last ? "" : "\n");
      }
    }
    out.append(protectInline(chunk.toString()));
    return out.toString();
  }

  private static boolean isFenceOpen(String line, String trimmed) {
    return line.length() - trimmed.length() <= 3
        && (trimmed.startsWith("```") || trimmed.startsWith("~~~"));
  }

  private static int fenceLength(String trimmed) {
    char c = trimmed.charAt(0);
    int n = 0;
    while (n < trimmed.length() && trimmed.charAt(n) == c) {
      n++;
    }
    return n;
  }

  private String protectInline(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '`') {
        int run = runLength(text, i, '`');
        int close = findBacktickClose(text, i + run, run);
        int end = close < 0 ? i + run : close + run;
        out.append(text, i, end);
        i = end;
        continue;
      }
      if (c == '\\' && i + 2 < n && text.charAt(i + 1) == '\\' && isBracket(text.charAt(i + 2))) {
        String closer = "\\\\" + closerOf(text.charAt(i + 2));
        int close = findClose(text, i + 3, closer);
        if (close > i + 3) {
          String inner = text.substring(i + 3, close);
          out.append(
              token("\\" + text.charAt(i + 2) + inner + "\\" + closerOf(text.charAt(i + 2))));
          i = close + closer.length();
          continue;
        }
      }
      if (c == '\\' && i + 1 < n && isBracket(text.charAt(i + 1))) {
        String closer = "\\" + closerOf(text.charAt(i + 1));
        int close = findClose(text, i + 2, closer);
        if (close > i + 2) {
          out.append(token(text.substring(i, close + closer.length())));
          i = close + closer.length();
          continue;
        }
      }
      if (c == '\\' && i + 1 < n) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '$' && i + 1 < n && text.charAt(i + 1) == '$') {
        int close = findClose(text, i + 2, "$$");
        if (close > i + 2) {
          out.append(token(text.substring(i, close + 2)));
          i = close + 2;
          continue;
        }
        out.append("$$");
        i += 2;
        continue;
      }
      if (c == '$') {
        int close = findInlineDollarClose(text, i);
        if (close > 0) {
          out.append(token(text.substring(i, close + 1)));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isBracket(char c) {
    return c == '(' || c == '[';
  }

  private static char closerOf(char c) {
    return c == '(' ? ')' : ']';
  }

  private static int runLength(String text, int from, char c) {
    int n = from;
    while (n < text.length() && text.charAt(n) == c) {
      n++;
    }
    return n - from;
  }

  private static int findBacktickClose(String text, int from, int run) {
    int i = from;
    while (i < text.length()) {
      if (text.charAt(i) == '`') {
        int len = runLength(text, i, '`');
        if (len == run) {
          return i;
        }
        i += len;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The closer's index; math never crosses a blank line, as a paragraph would not. */
  private static int findClose(String text, int from, String closer) {
    int i = from;
    while (i < text.length()) {
      if (text.startsWith(closer, i)) {
        return i;
      }
      char c = text.charAt(i);
      if (c == '\n') {
        int next = i + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
          next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
          return -1;
        }
      }
      i++;
    }
    return -1;
  }

  private static int findInlineDollarClose(String text, int open) {
    if (open > 0 && text.charAt(open - 1) == '\\') {
      return -1;
    }
    if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
      return -1;
    }
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '\\') {
        i++;
        continue;
      }
      if (c == '$') {
        boolean spaceBefore = Character.isWhitespace(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (spaceBefore || digitAfter || i == open + 1) {
          return -1;
        }
        return i;
      }
    }
    return -1;
  }

  private String token(String math) {
    spans.add(math);
    return OPEN + Integer.toString(spans.size() - 1) + CLOSE;
  }

  boolean isEmpty() {
    return spans.isEmpty();
  }

  /** Puts the math back as text: wrapped in a span in prose, bare inside code and attributes. */
  void restore(Element root) {
    if (spans.isEmpty()) {
      return;
    }
    for (Element element : root.getAllElements()) {
      element
          .attributes()
          .forEach(
              a -> {
                if (a.getValue().indexOf(OPEN) >= 0) {
                  a.setValue(replaceTokens(a.getValue()));
                }
              });
      for (Node child : new ArrayList<>(element.childNodes())) {
        if (child instanceof TextNode text && text.getWholeText().indexOf(OPEN) >= 0) {
          restoreText(text, insideCode(element));
        }
      }
    }
  }

  private static boolean insideCode(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.nameIs("code") || e.nameIs("pre")) {
        return true;
      }
    }
    return false;
  }

  private void restoreText(TextNode node, boolean plain) {
    String text = node.getWholeText();
    if (plain) {
      node.text(replaceTokens(text));
      return;
    }
    List<Node> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
      Integer index = close < 0 ? null : parseIndex(text.substring(open + 1, close));
      if (index == null) {
        parts.add(new TextNode(text.substring(i)));
        break;
      }
      if (open > i) {
        parts.add(new TextNode(text.substring(i, open)));
      }
      String math = spans.get(index);
      boolean display = math.startsWith("$$") || math.startsWith("\\[");
      Element span = new Element("span").addClass("math").addClass(display ? "display" : "inline");
      span.appendChild(new TextNode(math));
      parts.add(span);
      i = close + 1;
    }
    for (Node part : parts) {
      node.before(part);
    }
    node.remove();
  }

  private String replaceTokens(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
      Integer index = close < 0 ? null : parseIndex(text.substring(open + 1, close));
      if (index == null) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open).append(spans.get(index));
      i = close + 1;
    }
    return out.toString();
  }

  private Integer parseIndex(String digits) {
    try {
      int index = Integer.parseInt(digits);
      return index >= 0 && index < spans.size() ? index : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
