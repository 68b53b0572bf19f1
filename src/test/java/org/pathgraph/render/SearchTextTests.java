package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

  @Test
  void markdownBecomesItsWordsWithoutMarkupOrTargets() {
    String text =
        SearchText.of(
            "text/markdown",
            """
            # Neurale netwerken

            Een **neuraal** [netwerk](https://example.org/hidden-url) leert.
            ![schema](@learning-object/dl_netwerk_schema/nl/1)

            <div class="x">Ruwe <b>HTML</b></div>

            | a | b |
            |---|---|
            | cel | `code` |
            """);
    assertThat(text)
        .isEqualTo("Neurale netwerken Een neuraal netwerk leert. Ruwe HTML a b cel code");
  }

  @Test
  void plainTextKeepsItsWordsAndOtherTypesGiveNone() {
    assertThat(SearchText.of("text/plain", "  een\n\ttekst  ")).isEqualTo("een tekst");
    // GIFT text holds the answers; blockly is XML.
    assertThat(SearchText.of("text/gift", "::Q:: 1+1? {=2 ~3}")).isNull();
    assertThat(SearchText.of("blockly", "<xml><block/></xml>")).isNull();
    assertThat(SearchText.of("text/markdown", "  ")).isNull();
    assertThat(SearchText.of("text/markdown", null)).isNull();
  }

  @Test
  void isBounded() {
    String text = SearchText.of("text/plain", "woord ".repeat(10_000));
    assertThat(text).hasSizeLessThanOrEqualTo(SearchText.MAX_CHARS);
  }
}
