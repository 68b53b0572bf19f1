package org.pathgraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The HTML of embedded content, the same whether a reference in markdown ({@link DwengoRewriter})
 * or an object of that content type ({@link RenderSession}) asks for it.
 */
final class EmbedHtml {

  private static final Map<String, String> AUDIO_TYPES =
      Map.of("mp3", "audio/mpeg", "ogg", "audio/ogg", "wav", "audio/wav", "m4a", "audio/mp4");

  private final RenderOptions options;
  private final SanitizerPolicy sanitizer;

  EmbedHtml(RenderOptions options, SanitizerPolicy sanitizer) {
    this.options = options;
    this.sanitizer = sanitizer;
  }

  /** A responsive iframe when the host is allowed, otherwise a link and a warning. */
  Element frame(String url, String title, String ratioClass, RenderSession.Scope scope) {
    if (!Urls.isHttp(url)) {
      scope.warnings().add("embedded URL is not http(s): " + url);
      return missing("Embedded content unavailable");
    }
    if (!sanitizer.allowedFrame(url)) {
      scope.warnings().add("iframe host not allowed, rendered as a link: " + url);
      Element p = new Element("p").addClass("pg-external");
      p.appendElement("a").attr("href", url).text(title == null ? url : title);
      return p;
    }
    Element wrapper = new Element("div").addClass("pg-embed").addClass(ratioClass);
    Element iframe =
        wrapper
            .appendElement("iframe")
            .attr("src", url)
            .attr("allowfullscreen", true)
            .attr("loading", "lazy");
    if (title != null) {
      iframe.attr("title", title);
    }
    return wrapper;
  }

  Element blocklyViewer(String parameters, String title) {
    Element wrapper = new Element("div").addClass("pg-embed").addClass("pg-blockly");
    Element iframe =
        wrapper
            .appendElement("iframe")
            .attr("src", options.blocklyViewerUrl() + parameters)
            .attr("loading", "lazy");
    iframe.attr("title", title == null ? "Blockly program" : title);
    return wrapper;
  }

  static Element pdf(String url) {
    Element wrapper = new Element("div").addClass("pg-pdf");
    wrapper.appendElement("embed").attr("type", "application/pdf").attr("src", url);
    return wrapper;
  }

  static Element audio(String url) {
    Element audio = new Element("audio").addClass("pg-audio").attr("controls", true);
    Element source = audio.appendElement("source").attr("src", url);
    String ext = url.replaceAll("[?#].*$", "");
    ext = ext.substring(ext.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (AUDIO_TYPES.containsKey(ext)) {
      source.attr("type", AUDIO_TYPES.get(ext));
    }
    return audio;
  }

  static Element missing(String message) {
    return new Element("div").addClass("pg-missing").text(message);
  }

  /**
   * Puts a block-level embed where an image stood: a paragraph holding only the image is replaced,
   * a paragraph with more content is split around it, as a block cannot live inside a {@code p}.
   */
  static void placeAsBlock(Element img, Element block) {
    Element parent = img.parent();
    if (parent == null || !parent.nameIs("p")) {
      img.replaceWith(block);
      return;
    }
    List<Node> after = new ArrayList<>();
    for (Node n = img.nextSibling(); n != null; n = n.nextSibling()) {
      after.add(n);
    }
    Element tail = new Element("p");
    for (Node n : after) {
      tail.appendChild(n);
    }
    img.remove();
    parent.after(block);
    if (hasContent(tail)) {
      block.after(tail);
    }
    if (!hasContent(parent)) {
      parent.remove();
    }
  }

  private static boolean hasContent(Element p) {
    for (Node n : p.childNodes()) {
      if (n instanceof TextNode t ? !t.isBlank() : !(n instanceof Element e && e.nameIs("br"))) {
        return true;
      }
    }
    return false;
  }
}
