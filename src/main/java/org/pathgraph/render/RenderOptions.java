package org.pathgraph.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How rendered HTML points back into the frontend and which third-party frames it may contain.
 *
 * <p>{@code baseUrl} prefixes the frontend links built from the templates ({@code ""} keeps them
 * origin-relative). Templates use {@code {language}}, {@code {hruid}}, {@code {version}} and {@code
 * {object}}; a part whose value is unknown is dropped. {@code iframeHosts} are exact host names.
 */
public record RenderOptions(
    String baseUrl,
    String pathUrlTemplate,
    String objectUrlTemplate,
    Set<String> iframeHosts,
    String blocklyViewerUrl,
    int maxEmbedDepth) {

  public RenderOptions {
    Objects.requireNonNull(pathUrlTemplate, "pathUrlTemplate");
    Objects.requireNonNull(objectUrlTemplate, "objectUrlTemplate");
    Objects.requireNonNull(iframeHosts, "iframeHosts");
    Objects.requireNonNull(blocklyViewerUrl, "blocklyViewerUrl");
    baseUrl = baseUrl == null ? "" : stripTrailingSlash(baseUrl);
    iframeHosts =
        iframeHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    if (maxEmbedDepth < 0) {
      throw new IllegalArgumentException("maxEmbedDepth must not be negative: " + maxEmbedDepth);
    }
  }

  /** Frontend routes {@code /paths/...} and {@code /objects/...}, YouTube, Vimeo and Dwengo. */
  public static RenderOptions defaults() {
    return new RenderOptions(
        "",
        "/paths/{language}/{hruid}?node={object}",
        "/objects/{language}/{hruid}/{version}",
        Set.of(
            "www.youtube.com",
            "youtube.com",
            "www.youtube-nocookie.com",
            "youtube-nocookie.com",
            "player.vimeo.com",
            "dwengo.org",
            "www.dwengo.org"),
        "/blockly/viewer.html",
        3);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
