package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MathTests {

  private final Renderer renderer = new Renderer(RenderOptions.defaults());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\(\\dot{y} = ry \\left(1 - \\frac{y}{K}\\right)\\)",
        "\\[\\dot{y} = 0 \\iff ry = 0 \\lor 1 - \\frac{y}{K} = 0\\]",
        "$\\mathbf{\\dot{y}} = (\\dot{y_1}, \\dot{y_2})$",
        "$$\\dot{\\mathbf{y}} = f(\\mathbf{y}, t)$$",
        "$a_1 * b_2 * c_3 \\_ \\* x$",
        "\\(a < b \\& c > d\\)",
        "\\(**not bold** and _not em_ and [not](link)\\)",
        "$$\n\\begin{cases} x_1 & \\text{if } a<b \\\\ y_2 & \\end{cases}\n$$"
      })
  void mathComesOutByteForByte(String math) {
    String html =
        renderer
            .render(
                RenderRequest.markdown("Before " + math + " after.", "m/nl/1", "/"),
                ReferenceResolver.none())
            .html();

    List<Element> spans = Jsoup.parseBodyFragment(html).select("span.math");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).wholeText()).isEqualTo(math);
  }

  @Test
  void onlyAngleBracketsAndAmpersandsAreEscaped() {
    String html =
        renderer
            .render(
                RenderRequest.markdown("\\(a < b \\& c_1\\)", "m/nl/1", "/"),
                ReferenceResolver.none())
            .html();

    assertThat(html).contains("\\(a &lt; b \\&amp; c_1\\)");
  }

  @Test
  void moneyIsNotMath() {
    String html =
        renderer
            .render(
                RenderRequest.markdown("It costs $5 and $10.", "m/nl/1", "/"),
                ReferenceResolver.none())
            .html();

    assertThat(html).isEqualTo("<p>It costs $5 and $10.</p>\n");
  }

  @Test
  void escapedDollarIsNotMath() {
    String html =
        renderer
            .render(
                RenderRequest.markdown("Price \\$x$ here", "m/nl/1", "/"), ReferenceResolver.none())
            .html();

    assertThat(html).doesNotContain("math");
  }

  @Test
  void mathInsideCodeIsNotTouched() {
    String html =
        renderer
            .render(
                RenderRequest.markdown("`\\(x_1\\)`\n\n```\n$a_b$\n```", "m/nl/1", "/"),
                ReferenceResolver.none())
            .html();

    assertThat(html).doesNotContain("span").contains("<code>\\(x_1\\)</code>", "$a_b$");
  }

  @Test
  void forgedTokensAreStripped() {
    String html =
        renderer
            .render(
                RenderRequest.markdown("\uE0000\uE001 \\(x\\)", "m/nl/1", "/"),
                ReferenceResolver.none())
            .html();

    assertThat(html).doesNotContain("\uE000").contains("0");
    assertThat(Jsoup.parseBodyFragment(html).select("span.math")).hasSize(1);
  }
}
