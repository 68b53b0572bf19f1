package org.pathgraph.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The words of an object's body that full-text search indexes and snippets quote: plain text, one
 * space between words, at most {@link #MAX_CHARS} characters. Markdown goes through flexmark to
 * HTML and jsoup takes its text, so markup, link targets, image paths and raw HTML tags are not
 * indexed while link texts and code are.
 */
public final class SearchText {

  /** Long enough for every object of the Dwengo sample but one (a 54 kB table of final goals). */
  public static final int MAX_CHARS = 20_000;

  private static final MutableDataSet OPTIONS =
      new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private SearchText() {}

  /**
   * The searchable text of a body of {@code contentType}; null when there is none. GIFT quizzes
   * give none: their text holds the answers, which a learner's snippet must not show. Blockly
   * bodies are program XML, not words.
   */
  public static String of(String contentType, String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String text =
        switch (contentType) {
          case "text/markdown", "text/ct-schema" ->
              Jsoup.parse(RENDERER.render(PARSER.parse(body))).text();
          case "text/plain" -> body;
          default -> null;
        };
    if (text == null) {
      return null;
    }
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_CHARS) {
      int cut = MAX_CHARS;
      // Never split a surrogate pair.
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text = text.substring(0, cut);
    }
    return text.isEmpty() ? null : text;
  }
}
