package org.pathgraph.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist every rendered object passes through, last, whatever its content type.
 *
 * <h2>Policy</h2>
 *
 * <p>Dwengo content is written by teachers in markdown with raw HTML; it needs layout and media,
 * never behaviour. Allowed:
 *
 * <ul>
 *   <li>text and layout: {@code p div span br hr blockquote pre code kbd samp var b strong i em u s
 *       del ins strike mark small sub sup abbr cite q center→div dl dt dd ul ol li details
 *       summary}, {@code ol[start|type]};
 *   <li>{@code class} on every element (alert boxes, {@code language-x} on code, our {@code pg-*}
 *       wrappers); {@code id} only on headings {@code h1..h6} (anchors);
 *   <li>tables: {@code table caption colgroup col thead tbody tfoot tr th td} with {@code colspan
 *       rowspan align span};
 *   <li>{@code figure figcaption}; {@code img[src|alt|title|width|height]};
 *   <li>{@code a[href|title]} with http, https, mailto, in-page {@code #} and relative targets;
 *   <li>{@code audio[controls|preload]} and {@code source[src|type]} over http(s) or relative URLs;
 *   <li>{@code embed[src|type|width|height]} only for our own PDFs: a path on the page's origin as
 *       browsers read it (or under {@code baseUrl}, with its origin) and forced to {@code
 *       type="application/pdf"};
 *   <li>{@code iframe[src|title|width|height|allowfullscreen|loading]} only over https to a host in
 *       {@code iframeHosts}, or to our own blockly viewer; others become a plain link;
 *   <li>{@code input} only as a disabled checkbox (GFM task lists).
 * </ul>
 *
 * <p>Removed: {@code script}, {@code style} and the {@code style} attribute, every {@code on*}
 * handler, {@code form} and form controls, {@code object}, {@code applet}, {@code base}, {@code
 * meta}, {@code link}, {@code svg}, {@code math} elements, frames, unknown tags (their text stays).
 * URLs with {@code javascript:}, {@code vbscript:} or {@code data:} schemes are dropped, also when
 * obfuscated with entities or control characters; the single exception is a raster {@code
 * data:image/} on {@code img} (no SVG: it can carry script when opened directly). {@code video},
 * {@code object}, {@code srcset}, {@code poster} and {@code data} are not allowed, so {@code href}
 * and {@code src} are the only URL attributes in the output.
 *
 * <p>Where a URL leads is decided as browsers parse it (the WHATWG URL standard, {@link UrlView}):
 * leading C0 controls and spaces are stripped, tabs and newlines removed anywhere, schemes compared
 * case-insensitively, and a backslash is a slash, so {@code /\evil}, {@code \\evil}, {@code \/evil}
 * and {@code /<tab>/evil} are the host {@code evil}, not paths of ours, and {@code
 * https://evil\.dwengo.org} is the host {@code evil}. A URL that browsers read as another address
 * than an RFC 3986 reader does is removed with the warning "URL removed, browsers read it as
 * another address"; one browsers cannot parse, with "browsers cannot read it". {@code %5C} stays a
 * path character (browsers decode no escapes in a path; in a host it decodes to a forbidden "\",
 * and browsers refuse the URL), so {@code /%5Cevil/x.pdf} is a path on this server. Frame hosts are
 * matched exactly; YouTube links are recognised on {@code youtube.com}, {@code
 * youtube-nocookie.com}, their subdomains and {@code youtu.be} only.
 *
 * <p>jsoup's {@link Cleaner} applies the element and attribute lists; {@link #enforce} then
 * re-checks what an allowlist of names cannot express (iframe hosts, embed origin, data URLs).
 */
final class SanitizerPolicy {

  /** Lets jsoup's protocol test accept relative links; never appears in the output. */
  static final String BASE_URI = "https://pathgraph.invalid/";

  private static final Pattern RASTER_DATA_IMAGE =
      Pattern.compile("^data:image/(png|gif|jpeg|jpg|webp|bmp|avif);", Pattern.CASE_INSENSITIVE);

  private final RenderOptions options;
  private final Safelist safelist;

  SanitizerPolicy(RenderOptions options) {
    this.options = options;
    this.safelist = safelist();
  }

  private static Safelist safelist() {
    Safelist s =
        new Safelist()
            .addTags(
                "a",
                "abbr",
                "b",
                "blockquote",
                "br",
                "caption",
                "cite",
                "code",
                "col",
                "colgroup",
                "dd",
                "del",
                "details",
                "div",
                "dl",
                "dt",
                "em",
                "figcaption",
                "figure",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "hr",
                "i",
                "img",
                "input",
                "ins",
                "kbd",
                "li",
                "mark",
                "ol",
                "p",
                "pre",
                "q",
                "s",
                "samp",
                "small",
                "span",
                "strike",
                "strong",
                "sub",
                "summary",
                "sup",
                "table",
                "tbody",
                "td",
                "tfoot",
                "th",
                "thead",
                "tr",
                "u",
                "ul",
                "var",
                "audio",
                "source",
                "iframe",
                "embed")
            .addAttributes(":all", "class")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("th", "colspan", "rowspan", "align")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("ol", "start", "type")
            .addAttributes("details", "open")
            .addAttributes("audio", "controls", "preload")
            .addAttributes("source", "src", "type")
            .addAttributes("embed", "src", "type", "width", "height")
            .addAttributes(
                "iframe", "src", "title", "width", "height", "allowfullscreen", "loading")
            .addAttributes("input", "type", "checked", "disabled")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https", "data")
            .addProtocols("source", "src", "http", "https")
            .addProtocols("embed", "src", "http", "https")
            .addProtocols("iframe", "src", "http", "https")
            .preserveRelativeLinks(true);
    for (int level = 1; level <= 6; level++) {
      s.addAttributes("h" + level, "id");
    }
    return s;
  }

  /** The sanitized body HTML of {@code dirty}, adding a warning for every dropped frame. */
  String clean(Document dirty, List<String> warnings) {
    dirty.setBaseUri(BASE_URI);
    Document clean = new Cleaner(safelist).clean(dirty);
    enforce(clean, warnings);
    clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
    return clean.body().html();
  }

  private void enforce(Document doc, List<String> warnings) {
    // href and src are the only URL attributes the safelist lets through: srcset, poster, data,
    // action, formaction, cite and background, and video and object, never reach this point.
    for (Element el : doc.body().getAllElements()) {
      for (String attr : List.of("href", "src")) {
        if (el.hasAttr(attr) && !safeUrl(el, el.attr(attr), warnings)) {
          el.removeAttr(attr);
        }
      }
    }
    for (Element img : doc.select("img")) {
      if (!img.hasAttr("src")) {
        warnings.add("image without a safe src removed" + describe(img));
        img.remove();
      }
    }
    for (Element iframe : doc.select("iframe")) {
      String src = iframe.attr("src");
      if (!allowedFrame(src)) {
        warnings.add("iframe not allowed: " + (src.isEmpty() ? "(no src)" : Urls.printable(src)));
        if (Urls.isHttp(src)) {
          Element link = new Element("a").attr("href", src).text(src);
          iframe.replaceWith(link);
        } else {
          iframe.remove();
        }
      }
    }
    for (Element embed : doc.select("embed")) {
      if (!ownPdf(embed.attr("src"))) {
        warnings.add("embed not allowed: " + Urls.printable(embed.attr("src")));
        embed.remove();
      } else {
        embed.attr("type", "application/pdf");
      }
    }
    for (Element input : doc.select("input")) {
      if (!input.attr("type").equalsIgnoreCase("checkbox")) {
        input.remove();
      } else {
        input.attr("disabled", "disabled");
      }
    }
  }

  private static String describe(Element img) {
    String alt = img.attr("alt");
    return alt.isBlank() ? "" : ": " + alt;
  }

  /**
   * Only http(s), mailto, in-page and relative URLs; raster data images on img; a URL without
   * scheme that names another host ({@code //host}) only on links and images.
   *
   * <p>Where a URL leads is read as browsers read it ({@link UrlView}, the WHATWG URL standard). A
   * URL that an RFC 3986 reader (java.net.URI, a {@code startsWith("/")} test, a reviewer) takes
   * for another address than browsers do ({@code /\host}, {@code \\host}, {@code /<tab>/host},
   * {@code https:/\host}, {@code https://a\.b}, {@code java<tab>script:}) is removed with a
   * warning, on every element: it is there to mislead.
   */
  private static boolean safeUrl(Element el, String url, List<String> warnings) {
    UrlView view = UrlView.of(url);
    if (view.disguised()) {
      warnings.add("URL removed, browsers read it as another address: " + Urls.printable(url));
      return false;
    }
    if (view.kind() == UrlView.Kind.INVALID) {
      warnings.add("URL removed, browsers cannot read it: " + Urls.printable(url));
      return false;
    }
    // Browsers' scheme, or else the one left when every control is removed: the stricter reading
    // refuses "java<U+0001>script:", which browsers take for a path, as some once took it for
    // script.
    String scheme = view.scheme() != null ? view.scheme() : Urls.scheme(url);
    if (scheme == null) {
      return view.kind() != UrlView.Kind.NETWORK || el.nameIs("a") || el.nameIs("img");
    }
    return switch (scheme) {
      case "http", "https" -> true;
      case "mailto" -> el.nameIs("a");
      case "data" -> el.nameIs("img") && RASTER_DATA_IMAGE.matcher(Urls.browserView(url)).find();
      default -> false;
    };
  }

  /**
   * An https frame from an allowlisted host (exact names, as browsers parse the URL: {@code
   * https://evil\.dwengo.org} is evil, not dwengo.org), or our blockly viewer.
   */
  boolean allowedFrame(String src) {
    if (src == null || src.isBlank()) {
      return false;
    }
    UrlView view = UrlView.of(src);
    if (view.disguised()) {
      return false;
    }
    String viewer = options.blocklyViewerUrl();
    if (viewer != null && !viewer.isBlank() && src.startsWith(viewer)) {
      String rest = src.substring(viewer.length());
      if (rest.isEmpty() || rest.startsWith("?") || rest.startsWith("#")) {
        return true;
      }
    }
    return view.kind() == UrlView.Kind.ABSOLUTE
        && "https".equals(view.scheme())
        && view.host() != null
        && options.iframeHosts().contains(view.host());
  }

  /**
   * A PDF on this server: a path on the page's origin ({@code /assets/..}; not {@code /\host/..}),
   * or a URL under {@code baseUrl} with its origin.
   */
  private boolean ownPdf(String src) {
    if (src == null || src.isBlank()) {
      return false;
    }
    UrlView view = UrlView.of(src);
    if (view.disguised()
        || view.path() == null
        || !view.path().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      return false;
    }
    if (view.kind() == UrlView.Kind.SAME_ORIGIN_PATH) {
      return true;
    }
    String base = options.baseUrl();
    String baseOrigin = base.isEmpty() ? null : UrlView.of(base).origin();
    return baseOrigin != null && src.startsWith(base + "/") && baseOrigin.equals(view.origin());
  }
}
