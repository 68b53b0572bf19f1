package org.pathgraph.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The state of one top-level {@link Renderer#render} call: the resolver, the chain of objects being
 * embedded (for cycle detection and the depth limit). Not shared between threads.
 */
final class RenderSession {

  /** The unsanitized result of one object; sanitizing happens once, at the top. */
  record Outcome(Document document, CtSchema ctSchema, GiftQuiz giftQuiz) {}

  /** The object being rendered: where its assets live and where its warnings go. */
  record Scope(String key, String folderUrl, List<String> warnings) {}

  private static final Pattern ASPECT_RATIO =
      Pattern.compile("^\\s*(\\d{1,3})\\s*[:/x]\\s*(\\d{1,3})\\s*$");

  private final RenderOptions options;
  private final MarkdownEngine markdown;
  private final SanitizerPolicy sanitizer;
  private final ReferenceResolver resolver;
  private final Deque<String> embedChain = new ArrayDeque<>();
  private final EmbedHtml embedHtml;
  private final DwengoRewriter rewriter;

  RenderSession(
      RenderOptions options,
      MarkdownEngine markdown,
      SanitizerPolicy sanitizer,
      ReferenceResolver resolver) {
    this.options = options;
    this.markdown = markdown;
    this.sanitizer = sanitizer;
    this.resolver = resolver;
    this.embedHtml = new EmbedHtml(options, sanitizer);
    this.rewriter = new DwengoRewriter(options, embedHtml, this);
  }

  Outcome renderRoot(RenderRequest request, List<String> warnings) {
    embedChain.push(keyOf(request));
    try {
      return render(request, warnings);
    } finally {
      embedChain.pop();
    }
  }

  ReferenceResolver resolver() {
    return resolver;
  }

  Deque<String> embedChain() {
    return embedChain;
  }

  static String keyOf(RenderRequest request) {
    return request.key() == null || request.key().isBlank() ? "(unnamed)" : request.key();
  }

  Outcome render(RenderRequest request, List<String> warnings) {
    Scope scope = new Scope(keyOf(request), Urls.folder(request.folderUrl()), warnings);
    Document doc = Document.createShell(SanitizerPolicy.BASE_URI);
    Element body = doc.body();
    String type =
        request.contentType() == null ? "" : request.contentType().strip().toLowerCase(Locale.ROOT);
    String source = normaliseNewlines(request.body());
    CtSchema ctSchema = null;
    GiftQuiz giftQuiz = null;
    switch (type) {
      case "text/markdown" -> markdownInto(body, source, scope);
      case "text/plain" -> plainInto(body, source);
      case "image/image", "image/image-block" -> imageInto(body, request, scope, type);
      case "audio/mpeg" -> mediaInto(body, request, scope, "audio");
      case "application/pdf" -> mediaInto(body, request, scope, "pdf");
      case "extern" -> externInto(body, request, scope);
      case "blockly" -> blocklyInto(body, request, scope);
      case "text/ct-schema" -> ctSchema = ctSchemaInto(body, source, scope);
      case "text/gift" -> giftQuiz = giftInto(body, source, scope);
      default -> {
        scope.warnings().add("unknown content type: " + request.contentType());
        body.appendElement("pre").addClass("pg-unknown").appendChild(new TextNode(source));
      }
    }
    return new Outcome(doc, ctSchema, giftQuiz);
  }

  private static String normaliseNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Markdown with math protected, then Dwengo references rewritten in the resulting DOM. */
  void markdownInto(Element target, String source, Scope scope) {
    MathSpans math = new MathSpans();
    String html = markdown.toHtml(math.protect(MathSpans.scrub(source)));
    Element fragment = Jsoup.parseBodyFragment(html, SanitizerPolicy.BASE_URI).body();
    math.restore(fragment);
    rewriter.rewrite(fragment, scope);
    for (Node child : new ArrayList<>(fragment.childNodes())) {
      target.appendChild(child);
    }
  }

  private static void plainInto(Element body, String source) {
    for (String paragraph : source.strip().split("\n\\s*\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      Element p = body.appendElement("p");
      String[] lines = paragraph.strip().split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          p.appendElement("br");
        }
        p.appendChild(new TextNode(lines[i]));
      }
    }
  }

  private void imageInto(Element body, RenderRequest request, Scope scope, String type) {
    String url = contentFileUrl(request, scope);
    if (url == null) {
      body.appendChild(EmbedHtml.missing("image file missing"));
      return;
    }
    String title = request.metadataString("title");
    Element img = new Element("img").attr("src", url).attr("alt", title == null ? "" : title);
    if (title != null) {
      img.attr("title", title);
    }
    if (type.equals("image/image-block")) {
      Element figure = body.appendElement("figure").addClass("pg-image-block");
      figure.appendChild(img);
      if (title != null && !title.isBlank()) {
        figure.appendElement("figcaption").text(title);
      }
    } else {
      body.appendElement("p").addClass("pg-image").appendChild(img);
    }
  }

  private void mediaInto(Element body, RenderRequest request, Scope scope, String kind) {
    String url = contentFileUrl(request, scope);
    if (url == null) {
      body.appendChild(EmbedHtml.missing(kind + " file missing"));
      return;
    }
    body.appendChild(kind.equals("audio") ? EmbedHtml.audio(url) : EmbedHtml.pdf(url));
  }

  /** The asset URL of the content file, or null with a warning when there is none. */
  private String contentFileUrl(RenderRequest request, Scope scope) {
    String file = request.contentFile();
    String path = file == null ? null : Urls.relativeAssetPath(file);
    if (path == null) {
      scope.warnings().add("content file missing or invalid: " + (file == null ? "(none)" : file));
      return null;
    }
    return rewriter.assetUrl(path, scope);
  }

  private void externInto(Element body, RenderRequest request, Scope scope) {
    String url = request.body().strip();
    if (!Urls.isHttp(url)) {
      url = request.metadataString("content_location");
    }
    if (url == null || !Urls.isHttp(url.strip())) {
      scope.warnings().add("extern object without an http(s) URL");
      body.appendChild(EmbedHtml.missing("external content unavailable"));
      return;
    }
    String ratio = aspectRatioClass(request.metadataString("aspect_ratio"), scope);
    body.appendChild(embedHtml.frame(url.strip(), request.metadataString("title"), ratio, scope));
  }

  private static String aspectRatioClass(String ratio, Scope scope) {
    if (ratio == null || ratio.isBlank()) {
      return "pg-ratio-16x9";
    }
    Matcher m = ASPECT_RATIO.matcher(ratio);
    if (!m.matches()) {
      scope.warnings().add("aspect_ratio not understood, using 16:9: " + ratio);
      return "pg-ratio-16x9";
    }
    return "pg-ratio-" + Integer.parseInt(m.group(1)) + "x" + Integer.parseInt(m.group(2));
  }

  private void blocklyInto(Element body, RenderRequest request, Scope scope) {
    String title = request.metadataString("title");
    if (request.contentFile() != null) {
      String url = contentFileUrl(request, scope);
      if (url != null) {
        body.appendChild(embedHtml.blocklyViewer("?src=" + Urls.encode(url), title));
        return;
      }
    }
    String xml = request.body().strip();
    if (xml.startsWith("<xml")) {
      // A fragment never reaches the server and the XML is percent-encoded, not markup.
      body.appendChild(embedHtml.blocklyViewer("#xml=" + Urls.encode(xml), title));
      return;
    }
    scope.warnings().add("blockly object without XML");
    body.appendChild(EmbedHtml.missing("blockly program missing"));
  }

  private CtSchema ctSchemaInto(Element body, String source, Scope scope) {
    CtSchemaSections sections = CtSchemaSections.parse(source);
    sections.problems().forEach(p -> scope.warnings().add("ct-schema: " + p));
    Element schema = body.appendElement("div").addClass("ct-schema");
    List<String> html = new ArrayList<>();
    for (CtSchemaSections.Section section : CtSchemaSections.Section.values()) {
      String text = sections.text(section);
      Element div = schema.appendElement("div").addClass("ct-section").addClass(section.cssClass());
      if (text != null) {
        markdownInto(div, text, scope);
      }
      Document alone = Document.createShell(SanitizerPolicy.BASE_URI);
      alone.body().appendChild(div.clone());
      // Frame warnings are reported once, by the sanitizing of the whole object.
      html.add(text == null ? "" : sanitizer.clean(alone, new ArrayList<>()));
    }
    return new CtSchema(
        html.get(0), html.get(1), html.get(2), html.get(3), html.get(4), html.get(5));
  }

  private GiftQuiz giftInto(Element body, String source, Scope scope) {
    GiftParser.Parsed parsed = GiftParser.parse(source);
    parsed.problems().forEach(p -> scope.warnings().add("gift: " + p));
    GiftHtml.render(parsed.quiz(), body, (target, text) -> markdownInto(target, text, scope));
    return parsed.quiz();
  }

  /** Renders an embedded object below the current one, or explains why it cannot. */
  Element embed(String hruid, String language, Integer version, String ref, Scope scope) {
    if (embedChain.size() > options.maxEmbedDepth()) {
      scope.warnings().add("embed depth limit " + options.maxEmbedDepth() + " reached at: " + ref);
      return EmbedHtml.missing("Embedding too deep: " + ref);
    }
    Embeddable found;
    try {
      found = resolver.object(hruid, language, version).orElse(null);
    } catch (RuntimeException e) {
      scope.warnings().add("resolver failed for " + ref + ": " + e.getMessage());
      return EmbedHtml.missing("Learning object unavailable: " + ref);
    }
    if (found == null) {
      scope.warnings().add("unknown learning object: " + ref);
      return EmbedHtml.missing("Learning object not found: " + ref);
    }
    if (found.restricted() || found.request() == null) {
      return new Element("div").addClass("pg-restricted");
    }
    String childKey = found.key() != null ? found.key() : keyOf(found.request());
    if (embedChain.contains(childKey)) {
      scope.warnings().add("embed cycle: " + String.join(" -> ", chainWith(childKey)));
      return EmbedHtml.missing("Learning object embeds itself: " + ref);
    }
    List<String> childWarnings = new ArrayList<>();
    embedChain.push(childKey);
    Outcome child;
    try {
      child = render(found.request(), childWarnings);
    } finally {
      embedChain.pop();
    }
    childWarnings.forEach(w -> scope.warnings().add(childKey + ": " + w));
    Element wrapper = new Element("div").addClass("pg-object");
    for (Node node : new ArrayList<>(child.document().body().childNodes())) {
      wrapper.appendChild(node);
    }
    return wrapper;
  }

  private List<String> chainWith(String key) {
    List<String> chain = new ArrayList<>(embedChain);
    Collections.reverse(chain);
    chain.add(key);
    return chain;
  }
}
