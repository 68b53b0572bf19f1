package org.pathgraph.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Rewrites the references in rendered HTML, markdown-made or raw alike: Dwengo's {@code @kind/...}
 * targets, relative asset paths, and links to Dwengo's old learning-path and getWrapped pages. The
 * markup of what a reference embeds is {@link EmbedHtml}'s.
 */
final class DwengoRewriter {

  private static final Pattern DWENGO_REF =
      Pattern.compile(
          "^@(learning-object|youtube|extern|notebook|pdf|audio|blockly)/(.*)$", Pattern.DOTALL);

  private final RenderOptions options;
  private final EmbedHtml embedHtml;
  private final RenderSession session;

  DwengoRewriter(RenderOptions options, EmbedHtml embedHtml, RenderSession session) {
    this.options = options;
    this.embedHtml = embedHtml;
    this.session = session;
  }

  void rewrite(Element root, RenderSession.Scope scope) {
    for (Element center : root.select("center")) {
      center.tagName("div").addClass("pg-center");
    }
    for (Element a : root.select("a[href]")) {
      rewriteLink(a, scope);
    }
    List<Element> embeds = new ArrayList<>();
    for (Element img : root.select("img[src]")) {
      if (img.attr("src").strip().startsWith("@")) {
        embeds.add(img);
      } else {
        rewriteAsset(img, "src", scope);
      }
    }
    for (Element media : root.select("source[src], audio[src], embed[src], iframe[src]")) {
      rewriteAsset(media, "src", scope);
    }
    // After the pass above, so the embedded objects' own HTML is not rewritten a second time.
    for (Element img : embeds) {
      EmbedHtml.placeAsBlock(img, embedFor(img, scope));
    }
  }

  private void rewriteLink(Element a, RenderSession.Scope scope) {
    String href = a.attr("href").strip();
    Matcher ref = DWENGO_REF.matcher(href);
    if (ref.matches()) {
      String target = linkTarget(ref.group(1), ref.group(2).strip(), scope);
      if (target == null) {
        a.removeAttr("href");
      } else {
        a.attr("href", target);
      }
      return;
    }
    String frontend = frontendLink(href);
    if (frontend != null) {
      String target = onFrontend(frontend, scope);
      if (target == null) {
        a.removeAttr("href");
      } else {
        a.attr("href", target);
      }
      return;
    }
    rewriteAsset(a, "href", scope);
  }

  private String linkTarget(String kind, String rest, RenderSession.Scope scope) {
    switch (kind) {
      case "learning-object" -> {
        ObjectRefParts ref = ObjectRefParts.parse(rest);
        if (ref == null) {
          scope.warnings().add("invalid learning-object reference: " + rest);
          return null;
        }
        try {
          if (session.resolver().object(ref.hruid(), ref.language(), ref.version()).isEmpty()) {
            scope.warnings().add("link to unknown learning object: " + rest);
          }
        } catch (RuntimeException e) {
          scope.warnings().add("resolver failed for " + rest + ": " + e.getMessage());
        }
        return onFrontend(objectUrl(ref.hruid(), ref.language(), ref.version()), scope);
      }
      case "youtube", "extern", "notebook" -> {
        if (!Urls.isHttp(rest)) {
          scope.warnings().add("@" + kind + " target is not an http(s) URL: " + rest);
          return null;
        }
        return rest;
      }
      default -> {
        String path = Urls.relativeAssetPath(rest);
        if (path == null) {
          scope.warnings().add("invalid @" + kind + " path: " + rest);
          return null;
        }
        return assetUrl(path, scope);
      }
    }
  }

  /** Frontend URL for a Dwengo learning-path or getWrapped link, else null. */
  String frontendLink(String href) {
    // Dwengo's pages as http(s), //host or /path links, as browsers read them; one in disguise
    // ("/\host/learning-path.html") stays as written for the sanitizer to remove with a warning.
    UrlView view = UrlView.of(href);
    boolean candidate =
        switch (view.kind()) {
          case SAME_ORIGIN_PATH, NETWORK -> true;
          case ABSOLUTE -> "http".equals(view.scheme()) || "https".equals(view.scheme());
          default -> false;
        };
    if (!candidate || view.disguised()) {
      return null;
    }
    URI uri = Urls.parse(href);
    if (uri == null || uri.getPath() == null) {
      return null;
    }
    Map<String, String> query = Urls.query(uri);
    String hruid = blankToNull(query.get("hruid"));
    String language = blankToNull(query.get("language"));
    if (hruid == null || language == null) {
      return null;
    }
    if (uri.getPath().endsWith("/learning-path.html")) {
      String fragment = uri.getFragment();
      String object =
          fragment == null || fragment.isBlank() ? null : fragment.strip().replace(';', '/');
      Map<String, String> values = new LinkedHashMap<>();
      values.put("language", language);
      values.put("hruid", hruid);
      values.put("object", object);
      return options.baseUrl() + Urls.expand(options.pathUrlTemplate(), values);
    }
    if (uri.getPath().endsWith("/learningObject/getWrapped")) {
      Integer version = ObjectRefParts.parseVersion(query.get("version"));
      return objectUrl(hruid, language, version);
    }
    return null;
  }

  /**
   * {@code url}, a link built from a template, when browsers keep it on the frontend, else null
   * with a warning: a template such as {@code /{language}/..} given the language {@code
   * /evil.example} (taken from a link's query) would make {@code //evil.example/..}.
   */
  private String onFrontend(String url, RenderSession.Scope scope) {
    UrlView view = UrlView.of(url);
    String base = options.baseUrl();
    String baseOrigin = base.isEmpty() ? null : UrlView.of(base).origin();
    boolean home =
        !view.disguised()
            && (baseOrigin == null ? view.sameOrigin() : baseOrigin.equals(view.origin()));
    if (!home) {
      scope
          .warnings()
          .add("URL removed, browsers read it as another address: " + Urls.printable(url));
      return null;
    }
    return url;
  }

  private String objectUrl(String hruid, String language, Integer version) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("language", language);
    values.put("hruid", hruid);
    values.put("version", version == null ? null : version.toString());
    return options.baseUrl() + Urls.expand(options.objectUrlTemplate(), values);
  }

  private void rewriteAsset(Element el, String attr, RenderSession.Scope scope) {
    String value = el.attr(attr);
    if (value.strip().startsWith("@")) {
      scope.warnings().add("@ reference not supported here: " + value.strip());
      el.removeAttr(attr);
      return;
    }
    if (Urls.relativeAssetPath(value) == null) {
      // A relative path that climbs out; anything else (this origin's paths, other hosts, schemes,
      // in-page references) is the sanitizer's to judge, as browsers read it.
      UrlView view = UrlView.of(value);
      boolean relative =
          view.kind() == UrlView.Kind.RELATIVE_PATH
              && !view.disguised()
              && Urls.scheme(value) == null;
      if (relative) {
        scope.warnings().add("asset path leaves the object folder: " + value.strip());
        el.removeAttr(attr);
      }
      return;
    }
    String path = Urls.relativeAssetPath(value);
    el.attr(attr, assetUrl(path, scope) + Urls.suffix(value));
  }

  /** The asset's URL, warning when the resolver does not know the file. */
  String assetUrl(String path, RenderSession.Scope scope) {
    boolean exists;
    try {
      exists = session.resolver().assetExists(scope.key(), path);
    } catch (RuntimeException e) {
      exists = false;
    }
    if (!exists) {
      scope.warnings().add("missing asset: " + path);
    }
    return Urls.assetUrl(scope.folderUrl(), path);
  }

  private Element embedFor(Element img, RenderSession.Scope scope) {
    String src = img.attr("src").strip();
    String title = img.hasAttr("title") ? img.attr("title") : blankToNull(img.attr("alt"));
    Matcher ref = DWENGO_REF.matcher(src);
    if (!ref.matches()) {
      scope.warnings().add("unknown @ reference: " + src);
      return EmbedHtml.missing("Unknown reference: " + src);
    }
    String kind = ref.group(1);
    String rest = ref.group(2).strip();
    switch (kind) {
      case "learning-object" -> {
        ObjectRefParts parts = ObjectRefParts.parse(rest);
        if (parts == null) {
          scope.warnings().add("invalid learning-object reference: " + rest);
          return EmbedHtml.missing("Learning object not found: " + rest);
        }
        return session.embed(parts.hruid(), parts.language(), parts.version(), rest, scope);
      }
      case "youtube" -> {
        String embedUrl = Urls.youtubeEmbed(rest);
        if (embedUrl == null && Urls.isHttp(rest)) {
          scope.warnings().add("not a YouTube video URL: " + rest);
        }
        return embedHtml.frame(embedUrl != null ? embedUrl : rest, title, "pg-ratio-16x9", scope);
      }
      case "extern", "notebook" -> {
        return embedHtml.frame(rest, title, "pg-ratio-16x9", scope).addClass("pg-" + kind);
      }
      default -> {
        String path = Urls.relativeAssetPath(rest);
        if (path == null) {
          scope.warnings().add("invalid @" + kind + " path: " + rest);
          return EmbedHtml.missing("File not found: " + rest);
        }
        String url = assetUrl(path, scope);
        return switch (kind) {
          case "pdf" -> EmbedHtml.pdf(url);
          case "audio" -> EmbedHtml.audio(url);
          default -> embedHtml.blocklyViewer("?src=" + Urls.encode(url), title);
        };
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
