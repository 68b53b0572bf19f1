package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RendererTests {

  private final Renderer renderer = new Renderer(RenderOptions.defaults());

  @Test
  void sharedRendererGivesTheSameResultsOnManyThreads() throws Exception {
    List<RenderRequest> requests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      requests.add(
          RenderRequest.markdown(
              "# T"
                  + i
                  + "\n\n\\(x_"
                  + i
                  + "\\) ![](@learning-object/child/nl/1) ![p](p"
                  + i
                  + ".png)",
              "k/nl/" + i,
              "/a/" + i + "/"));
    }
    List<RenderResult> sequential = new ArrayList<>();
    for (RenderRequest r : requests) {
      sequential.add(renderer.render(r, FakeResolver.golden()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RenderResult>> futures = new ArrayList<>();
      for (RenderRequest r : requests) {
        futures.add(pool.submit(() -> renderer.render(r, FakeResolver.golden())));
      }
      for (int i = 0; i < requests.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void baseUrlPrefixesFrontendLinks() {
    Renderer withBase = new Renderer(TestOptions.withBaseUrl("https://pathgraph.example/"));

    String html =
        withBase
            .render(
                RenderRequest.markdown(
                    "[a](https://dwengo.org/learning-path.html?hruid=p&language=en#o;en;2)",
                    "k",
                    "/"),
                ReferenceResolver.none())
            .html();

    assertThat(html).contains("href=\"https://pathgraph.example/paths/en/p?node=o/en/2\"");
  }

  @Test
  void iframeHostsAreMatchedExactlyAndOverHttpsOnly() {
    String html =
        renderer
            .render(
                RenderRequest.markdown(
                    "<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>\n\n"
                        + "<iframe src=\"http://www.youtube.com/embed/x\"></iframe>\n\n"
                        + "<iframe src=\"//www.youtube.com/embed/x\"></iframe>",
                    "k",
                    "/"),
                ReferenceResolver.none())
            .html();

    assertThat(html).doesNotContain("<iframe");
  }

  @Test
  void negativeDepthIsRejected() {
    RenderOptions d = RenderOptions.defaults();

    assertThatThrownBy(
            () ->
                new RenderOptions(
                    "", d.pathUrlTemplate(), d.objectUrlTemplate(), Set.of(), "/v", -1))
        .hasMessage("maxEmbedDepth must not be negative: -1");
  }

  @Test
  void safetyCheckOfTheTestsCatchesUnsafeHtml() {
    for (String unsafe :
        List.of(
            "<img src=x onerror=alert(1)>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<embed src=\"https://evil.example/x.pdf\" type=\"application/pdf\">",
            "<embed src=\"/\\evil.example/x.pdf\" type=\"application/pdf\">",
            "<embed src=\"/\t/evil.example/x.pdf\" type=\"application/pdf\">",
            "<iframe src=\"https://evil.example\\.www.youtube.com/\"></iframe>",
            "<img src=\"data:image/svg+xml;base64,AAAA\">",
            "<p style=\"color:red\">x</p>",
            "<script>alert(1)</script>")) {
      assertThatThrownBy(() -> XssCorpusTests.assertSafe(unsafe, unsafe))
          .as(unsafe)
          .isInstanceOf(AssertionError.class);
    }
  }
}
