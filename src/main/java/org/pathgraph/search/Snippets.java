package org.pathgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Highlighted excerpts of search hits: the words the query matched, found by running the hit's text
 * through its index's analyzer (so {@code netwerken} is marked for {@code netwerk} in Dutch), in
 * {@code <mark>} elements, everything else HTML-escaped. A pure function of its arguments.
 */
final class Snippets {

  /** The length of an excerpt in characters, give or take a word. */
  static final int WIDTH = 160;

  /** Words longer than this (URLs, formulas) may be cut at the excerpt's edges. */
  private static final int MAX_WORD = 30;

  private Snippets() {}

  /**
   * The excerpt of the first of {@code texts} (in order of preference; nulls skipped) whose best
   * window holds the most distinct matched words; when none matches, the start of the first text;
   * null when there is no text at all.
   */
  static String of(Analyzer analyzer, SearchQuery.Terms terms, List<String> texts) {
    Window best = null;
    String bestText = null;
    String fallback = null;
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        continue;
      }
      if (fallback == null) {
        fallback = text;
      }
      Window w = bestWindow(text, matches(analyzer, terms, text));
      if (w != null && (best == null || w.distinct() > best.distinct())) {
        best = w;
        bestText = text;
      }
    }
    if (best != null) {
      return render(bestText, best);
    }
    return fallback == null ? null : render(fallback, new Window(0, 0, List.of(), 0));
  }

  /** A matched word: its offsets in the text and its analyzed form. */
  record Match(int start, int end, String term) {}

  /** Matches {@code from} to {@code to} (exclusive) of a text, with their distinct terms. */
  record Window(int from, int to, List<Match> matches, int distinct) {}

  static List<Match> matches(Analyzer analyzer, SearchQuery.Terms terms, String text) {
    List<Match> result = new ArrayList<>();
    if (terms.isEmpty()) {
      return result;
    }
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String t = term.toString();
        if (terms.matches(t)) {
          result.add(new Match(offset.startOffset(), offset.endOffset(), t));
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  /** The run of matches within WIDTH characters with the most distinct terms, earliest first. */
  private static Window bestWindow(String text, List<Match> matches) {
    Window best = null;
    for (int i = 0; i < matches.size(); i++) {
      Set<String> distinct = new HashSet<>();
      int j = i;
      while (j < matches.size() && matches.get(j).end() - matches.get(i).start() <= WIDTH) {
        distinct.add(matches.get(j).term());
        j++;
      }
      if (j == i) {
        // A single word longer than WIDTH: show it anyway.
        distinct.add(matches.get(i).term());
        j = i + 1;
      }
      if (best == null
          || distinct.size() > best.distinct()
          || (distinct.size() == best.distinct() && j - i > best.matches().size())) {
        best = new Window(i, j, matches.subList(i, j), distinct.size());
      }
    }
    return best;
  }

  private static String render(String text, Window window) {
    int from;
    int to;
    if (window.matches().isEmpty()) {
      from = 0;
      to = Math.min(text.length(), WIDTH);
    } else {
      int matchedFrom = window.matches().get(0).start();
      int matchedTo = window.matches().get(window.matches().size() - 1).end();
      int slack = Math.max(0, WIDTH - (matchedTo - matchedFrom));
      // A third of the context before the first match, the rest after the last; context a text
      // edge leaves unused goes to the other side.
      int before = Math.min(matchedFrom, slack / 3);
      int after = Math.min(text.length() - matchedTo, slack - before);
      before = Math.min(matchedFrom, slack - after);
      from = matchedFrom - before;
      to = matchedTo + after;
    }
    from = wordStart(text, from);
    to = wordEnd(text, to);
    // A cut inside an over-long word must not split a surrogate pair.
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    StringBuilder out = new StringBuilder();
    if (from > 0) {
      out.append('…');
    }
    int at = from;
    for (Match m : window.matches()) {
      out.append(escape(text.substring(at, m.start())));
      out.append("<mark>").append(escape(text.substring(m.start(), m.end()))).append("</mark>");
      at = m.end();
    }
    out.append(escape(text.substring(at, to)));
    if (to < text.length()) {
      out.append('…');
    }
    return out.toString().strip();
  }

  /** Moves a start offset back to the start of its word (of a sane length), so none is cut. */
  private static int wordStart(String text, int at) {
    int limit = Math.max(0, at - MAX_WORD);
    int i = at;
    while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i > limit || i == 0 ? i : at;
  }

  /** Moves an end offset forward to the end of its word (of a sane length). */
  private static int wordEnd(String text, int at) {
    int limit = Math.min(text.length(), at + MAX_WORD);
    int i = at;
    while (i < limit && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < limit || i == text.length() ? i : at;
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
