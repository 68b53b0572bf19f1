package org.pathgraph.render;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * CommonMark plus the GFM extensions Dwengo content uses, built once: flexmark's parser and
 * renderer are immutable and safe to share between threads. Public for the render benchmark, whose
 * baseline is this engine alone (no Dwengo rewriting, no sanitizer).
 */
public final class MarkdownEngine {

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownEngine() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListExtension.create(),
            AutolinkExtension.create(),
            AnchorLinkExtension.create()));
    // GFM tables: header row required, no column spans, no caption syntax.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
    options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    // Raw HTML passes through here on purpose: the allowlist sanitizer runs on the result.
    options.set(HtmlRenderer.ESCAPE_HTML, false);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** The HTML of {@code markdown}, raw HTML passed through: not safe until sanitised. */
  public String toHtml(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
