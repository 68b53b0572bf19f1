package org.pathgraph.render;

/** Render options for tests: the defaults with one setting changed. */
final class TestOptions {

  private TestOptions() {}

  /** The defaults behind a proxy at {@code baseUrl}. */
  static RenderOptions withBaseUrl(String baseUrl) {
    RenderOptions d = RenderOptions.defaults();
    return new RenderOptions(
        baseUrl,
        d.pathUrlTemplate(),
        d.objectUrlTemplate(),
        d.iframeHosts(),
        d.blocklyViewerUrl(),
        d.maxEmbedDepth());
  }
}
