package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Same origin as browsers decide it (WHATWG URL parsing), not as {@code startsWith("/")} does:
 * {@code /\host}, {@code \\host}, slashes split by a tab and schemes split by controls are other
 * addresses, in every URL attribute and every way content can carry them.
 */
class SameOriginUrlTests {

  private static final String KEY = "x/en/1";
  private static final String FOLDER = "/assets/en/x/1/";
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "srcset", "data", "poster", "action", "formaction", "cite");

  private final Renderer renderer = new Renderer(RenderOptions.defaults());

  /**
   * Values a browser reads as another address (or as script) while a prefix test reads them as a
   * path on this server or a harmless scheme.
   */
  static List<String> hostile() {
    return List.of(
        "/\\evil.example/x.pdf",
        "\\\\evil.example/x.pdf",
        "\\/evil.example/x.pdf",
        "/\\\\/evil.example/x.pdf",
        "/\t/evil.example/x.pdf",
        "/\n/evil.example/x.pdf",
        "/&#9;/evil.example/x.pdf",
        "/&#x0D;/evil.example/x.pdf",
        "\u0001//evil.example/x.pdf",
        "\u001f/\\evil.example/x.pdf",
        "https:/\\evil.example/x.pdf",
        "https:\\\\evil.example/x.pdf",
        "HtTpS:evil.example/x.pdf",
        "https://evil.example\\.www.youtube.com/embed/abcdefgh",
        "https://www.youtube.com&#9;.evil.example/embed/abcdefgh",
        "https://www.youtube.com\n.evil.example/embed/abcdefgh",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java&#x0A;script:alert(1)",
        "\u0001javascript:alert(1)",
        " \u0008 javascript:alert(1)");
  }

  /** Every place a URL can stand in content, {@code P} standing for the URL. */
  static List<String> placements() {
    return List.of(
        "<embed src=\"P\" type=\"application/pdf\">",
        "<img src=\"P\" alt=\"i\">",
        "<a href=\"P\">x</a>",
        "<video poster=\"P\" src=\"/assets/en/x/1/v.mp4\"></video>",
        "<object data=\"P\" type=\"application/pdf\"></object>",
        "<img src=\"/assets/en/x/1/ok.png\" srcset=\"P 1x, /assets/en/x/1/ok.png 2x\" alt=\"i\">",
        "<img src=\"/assets/en/x/1/ok.png\" srcset=\"/assets/en/x/1/ok.png 1x,P 2x\" alt=\"i\">",
        "<iframe src=\"P\"></iframe>",
        "<audio controls><source src=\"P\" type=\"audio/mpeg\"></audio>",
        "<audio controls src=\"P\"></audio>",
        "Text <a href=\"P\">inline</a> and <img src=\"P\" alt=\"inline\"> in a paragraph.",
        "[link](P)",
        "![image](P)",
        "[ref][r]\n\n[r]: P");
  }

  static Stream<Arguments> hostileInEveryPlace() {
    List<Arguments> cases = new ArrayList<>();
    for (String placement : placements()) {
      for (String url : hostile()) {
        // In a markdown destination "\." is markdown's escaped ".": the link then plainly names
        // the host evil.example.www.youtube.com, where a link may go; in HTML it is a disguise.
        boolean markdownEscape =
            (placement.contains("(P)") || placement.contains("]: P")) && url.contains("\\.");
        if (!markdownEscape) {
          cases.add(Arguments.of(placement, url));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("hostileInEveryPlace")
  void noUrlLeavesForAnotherAddress(String placement, String url) {
    RenderResult result = render(placement.replace("P", url));

    assertStaysHome(result.html(), placement + " with " + url);
  }

  /** What is not an address on another host keeps working. */
  static Stream<Arguments> legitimate() {
    return Stream.of(
        Arguments.of("<embed src=\"/assets/en/x/1/a.pdf\">", "embed", "/assets/en/x/1/a.pdf"),
        Arguments.of("![p](@pdf/a.pdf)", "embed", "/assets/en/x/1/a.pdf"),
        // WHATWG: only a literal "\" (never "%5C") separates path segments or ends a host, and
        // "/" followed by "%5C" is the path state, so /%5Cevil.example/x.pdf is a path on this
        // server (its first segment is the three characters "%5C" and the rest of the name).
        Arguments.of("<embed src=\"/%5Cevil.example/x.pdf\">", "embed", "/%5Cevil.example/x.pdf"),
        Arguments.of(
            "<embed src=\"/%5C%5Cevil.example/x.pdf\">", "embed", "/%5C%5Cevil.example/x.pdf"),
        Arguments.of("<img src=\"img/a.png\" alt=\"a\">", "img", "/assets/en/x/1/img/a.png"),
        Arguments.of("![a](img/a.png)", "img", "/assets/en/x/1/img/a.png"),
        Arguments.of("<img src=\"img\\a.png\" alt=\"a\">", "img", "/assets/en/x/1/img/a.png"),
        Arguments.of("<img src=\"/assets/en/x/1/a.png\" alt=\"a\">", "img", "/assets/en/x/1/a.png"),
        Arguments.of(
            "<img src=\"https://dwengo.org/a.png\" alt=\"a\">", "img", "https://dwengo.org/a.png"),
        Arguments.of("[a](/assets/en/x/1/a.pdf)", "a", "/assets/en/x/1/a.pdf"),
        Arguments.of("[a](img/a.png)", "a", "/assets/en/x/1/img/a.png"),
        Arguments.of("[a](#part-2)", "a", "#part-2"),
        Arguments.of("[a](https://dwengo.org/page)", "a", "https://dwengo.org/page"),
        Arguments.of("[a](HTTPS://dwengo.org/page)", "a", "HTTPS://dwengo.org/page"),
        Arguments.of("[a](mailto:info@dwengo.org)", "a", "mailto:info@dwengo.org"),
        Arguments.of(
            "<audio controls><source src=\"/assets/en/x/1/a.mp3\"></audio>",
            "source",
            "/assets/en/x/1/a.mp3"),
        Arguments.of(
            "<iframe src=\"https://www.youtube.com/embed/abcdefgh\"></iframe>",
            "iframe",
            "https://www.youtube.com/embed/abcdefgh"),
        Arguments.of(
            "<iframe src=\"https://player.vimeo.com/video/12345\"></iframe>",
            "iframe",
            "https://player.vimeo.com/video/12345"),
        Arguments.of(
            "![v](@youtube/https://m.youtube.com/watch?v=abcdefgh)",
            "iframe",
            "https://www.youtube.com/embed/abcdefgh"),
        Arguments.of(
            "![v](@youtube/https://www.youtube-nocookie.com/embed/abcdefgh)",
            "iframe",
            "https://www.youtube-nocookie.com/embed/abcdefgh"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legitimate")
  void legitimateUrlsSurvive(String markdown, String element, String expected) {
    RenderResult result = render(markdown);

    List<String> values = new ArrayList<>();
    for (Element el : Jsoup.parseBodyFragment(result.html()).body().select(element)) {
      values.add(el.attr(element.equals("a") ? "href" : "src"));
    }
    assertThat(values).as("%s in %s", element, result.html()).contains(expected);
  }

  /** A plain {@code //host} is plainly another host: a link or image may go there, media not. */
  @Test
  void plainNetworkPathIsALinkOrImageOnly() {
    String url = "//evil.example/x.pdf";
    String html =
        render(
                "<embed src=\""
                    + url
                    + "\">\n\n<iframe src=\""
                    + url
                    + "\"></iframe>\n\n<audio controls><source src=\""
                    + url
                    + "\"></audio>\n\n<a href=\""
                    + url
                    + "\">a</a> <img src=\""
                    + url
                    + "\" alt=\"i\">")
            .html();

    assertThat(html).doesNotContain("<embed").doesNotContain("<iframe");
    assertThat(Jsoup.parseBodyFragment(html).select("source[src]")).isEmpty();
    assertThat(Jsoup.parseBodyFragment(html).select("a[href=" + url + "]")).hasSize(1);
    assertThat(Jsoup.parseBodyFragment(html).select("img[src=" + url + "]")).hasSize(1);
  }

  @Test
  void anAddressInDisguiseIsRemovedWithAWarning() {
    RenderResult result =
        render(
            "<embed src=\"/\\evil.example/x.pdf\">\n\n"
                + "<iframe src=\"https://evil.example\\.www.youtube.com/\"></iframe>\n\n"
                + "<a href=\"\\\\evil.example/\">a</a>");

    assertThat(result.html()).doesNotContain("evil.example");
    assertThat(result.warnings())
        .contains(
            "URL removed, browsers read it as another address: /\\evil.example/x.pdf",
            "URL removed, browsers read it as another address:"
                + " https://evil.example\\.www.youtube.com/",
            "URL removed, browsers read it as another address: \\\\evil.example/");
  }

  /** A warning is one line of text: the controls in a URL it quotes are shown as escapes. */
  @Test
  void controlCharactersInWarningsAreShownEscaped() {
    RenderResult result = render("<a href=\"/\t/evil.example/\">a</a>");

    assertThat(result.warnings())
        .contains("URL removed, browsers read it as another address: /\\u0009/evil.example/");
  }

  @Test
  void youTubeHostsAreYouTubeOrItsSubdomains() {
    for (String lookalike :
        List.of(
            "https://evilyoutube.com/watch?v=abcdefgh",
            "https://youtube.com.evil.example/watch?v=abcdefgh",
            "https://evilyoutube-nocookie.com/embed/abcdefgh",
            "https://www.youtube.com\\@evil.example/watch?v=abcdefgh")) {
      RenderResult result = render("![v](@youtube/" + lookalike + ")");

      assertThat(result.html()).as(lookalike).doesNotContain("<iframe");
    }
  }

  /** A configured template starting with a value must not let that value name a host. */
  @Test
  void frontendLinksStayOnTheFrontend() {
    RenderOptions d = RenderOptions.defaults();
    Renderer languageFirst =
        new Renderer(
            new RenderOptions(
                "",
                "/{language}/paths/{hruid}",
                "/{language}/objects/{hruid}/{version}",
                d.iframeHosts(),
                d.blocklyViewerUrl(),
                d.maxEmbedDepth()));

    RenderResult result =
        languageFirst.render(
            RenderRequest.markdown(
                "[a](https://dwengo.org/learningObject/getWrapped?hruid=h&language=/evil.example)"
                    + " [b](https://dwengo.org/learning-path.html?hruid=h&language=%2Fevil.example)"
                    + " [c](https://dwengo.org/learning-path.html?hruid=p&language=en)",
                KEY, FOLDER),
            FakeResolver.golden());

    assertStaysHome(result.html(), "frontend links");
    assertThat(result.html()).contains("href=\"/en/paths/p\"");
    assertThat(result.warnings())
        .anyMatch(w -> w.startsWith("URL removed, browsers read it as another address: //evil"));
  }

  @Test
  void ownPdfsUnderBaseUrlKeepItsOrigin() {
    Renderer withBase = new Renderer(TestOptions.withBaseUrl("https://pathgraph.example"));

    String html =
        withBase
            .render(
                RenderRequest.markdown(
                    "<embed src=\"https://pathgraph.example/assets/a.pdf\">\n\n"
                        + "<embed src=\"https://pathgraph.example\\@evil.example/b.pdf\">\n\n"
                        + "<embed src=\"https://pathgraph.example.evil.example/c.pdf\">\n\n"
                        + "<embed src=\"https://pathgraph.example&#9;.evil.example/d.pdf\">",
                    KEY,
                    FOLDER),
                FakeResolver.golden())
            .html();

    assertThat(Jsoup.parseBodyFragment(html).select("embed"))
        .singleElement()
        .extracting(e -> e.attr("src"))
        .isEqualTo("https://pathgraph.example/assets/a.pdf");
  }

  /** The classifier itself, on the cases where browsers and RFC 3986 readers part. */
  static Stream<Arguments> readings() {
    return Stream.of(
        Arguments.of("/assets/a.pdf", UrlView.Kind.SAME_ORIGIN_PATH, null, false),
        Arguments.of("img/a.png", UrlView.Kind.RELATIVE_PATH, null, false),
        Arguments.of("#top", UrlView.Kind.FRAGMENT, null, false),
        Arguments.of("?page=2", UrlView.Kind.QUERY, null, false),
        Arguments.of("", UrlView.Kind.EMPTY, null, false),
        Arguments.of("/%5Cevil.example/x", UrlView.Kind.SAME_ORIGIN_PATH, null, false),
        Arguments.of("\\assets\\a.pdf", UrlView.Kind.SAME_ORIGIN_PATH, null, false),
        Arguments.of("//evil.example/x", UrlView.Kind.NETWORK, "evil.example", false),
        Arguments.of(" //evil.example/x", UrlView.Kind.NETWORK, "evil.example", false),
        Arguments.of("/\\evil.example/x", UrlView.Kind.NETWORK, "evil.example", true),
        Arguments.of("\\\\evil.example/x", UrlView.Kind.NETWORK, "evil.example", true),
        Arguments.of("\\/evil.example/x", UrlView.Kind.NETWORK, "evil.example", true),
        Arguments.of("///evil.example/x", UrlView.Kind.NETWORK, "evil.example", true),
        Arguments.of("/\t/evil.example/x", UrlView.Kind.NETWORK, "evil.example", true),
        Arguments.of("\u0001//evil.example/x", UrlView.Kind.NETWORK, "evil.example", true),
        Arguments.of("HTTPS://Dwengo.ORG/x", UrlView.Kind.ABSOLUTE, "dwengo.org", false),
        Arguments.of("https://user@dwengo.org:8443/x", UrlView.Kind.ABSOLUTE, "dwengo.org", false),
        Arguments.of(
            "https://www.youtube%2Ecom/x", UrlView.Kind.ABSOLUTE, "www.youtube.com", false),
        Arguments.of(
            "https://dwengo.org\\@evil.example/", UrlView.Kind.ABSOLUTE, "dwengo.org", true),
        Arguments.of(
            "https://evil.example\\.dwengo.org/", UrlView.Kind.ABSOLUTE, "evil.example", true),
        Arguments.of("https:evil.example/x", UrlView.Kind.ABSOLUTE, "evil.example", true),
        Arguments.of("https:/\\evil.example/x", UrlView.Kind.ABSOLUTE, "evil.example", true),
        Arguments.of("mailto:info@dwengo.org", UrlView.Kind.ABSOLUTE, null, false),
        Arguments.of("JaVaScRiPt:alert(1)", UrlView.Kind.ABSOLUTE, null, false),
        Arguments.of("java\tscript:alert(1)", UrlView.Kind.ABSOLUTE, null, true),
        Arguments.of("https://exa mple.org/", UrlView.Kind.INVALID, null, false),
        Arguments.of("https://evil%5C.dwengo.org/", UrlView.Kind.INVALID, null, false),
        Arguments.of("https://dwengo.org:99999/", UrlView.Kind.INVALID, null, false),
        Arguments.of("https://", UrlView.Kind.INVALID, null, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readings")
  void urlsAreReadAsBrowsersReadThem(
      String url, UrlView.Kind kind, String host, boolean disguised) {
    UrlView view = UrlView.of(url);

    assertThat(view.kind()).as(url).isEqualTo(kind);
    assertThat(view.host()).as(url).isEqualTo(host);
    assertThat(view.disguised()).as(url).isEqualTo(disguised);
  }

  private RenderResult render(String markdown) {
    return renderer.render(RenderRequest.markdown(markdown, KEY, FOLDER), FakeResolver.golden());
  }

  /**
   * Every URL in {@code html} stays on this origin, or is https to an allowlisted frame host (where
   * the payload's look-alike host must not lead), or has no host at all.
   */
  static void assertStaysHome(String html, String description) {
    Set<String> frameHosts = RenderOptions.defaults().iframeHosts();
    for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      for (Attribute attr : el.attributes()) {
        String name = attr.getKey().toLowerCase(Locale.ROOT);
        if (!URL_ATTRIBUTES.contains(name)) {
          continue;
        }
        List<String> urls =
            name.equals("srcset")
                ? BrowserReading.srcsetUrls(attr.getValue())
                : List.of(attr.getValue());
        for (String url : urls) {
          String target = BrowserReading.target(url);
          boolean allowed =
              target.equals(BrowserReading.SAME_ORIGIN)
                  || (target.startsWith("https://")
                      && frameHosts.contains(target.substring("https://".length())));
          assertThat(allowed)
              .as("%s=\"%s\" goes to %s, in %s: %s", name, url, target, description, html)
              .isTrue();
        }
      }
    }
  }
}
