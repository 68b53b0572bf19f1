package org.pathgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTests {

  private static String snippet(SearchLanguage language, String query, String... texts) {
    return Snippets.of(
        language.analyzer(),
        SearchQuery.of(query, false).terms().get(language),
        Arrays.asList(texts));
  }

  @Test
  void marksWordsTheAnalyzerMatchesAndEscapesTheRest() {
    String s =
        snippet(SearchLanguage.NL, "netwerk", "Neurale netwerken zijn <b>krachtig</b> & snel.");
    assertThat(s)
        .isEqualTo("Neurale <mark>netwerken</mark> zijn &lt;b&gt;krachtig&lt;/b&gt; &amp; snel.");
  }

  @Test
  void eachLanguageStemsItsOwnWay() {
    assertThat(snippet(SearchLanguage.EN, "network", "Training neural networks."))
        .contains("<mark>networks</mark>");
    assertThat(snippet(SearchLanguage.FR, "réseau", "Les réseaux de neurones."))
        .contains("<mark>réseaux</mark>");
    // No stemming outside nl, en and fr: only the same word.
    assertThat(snippet(SearchLanguage.OTHER, "netz", "Neuronale Netze und ein Netz."))
        .isEqualTo("Neuronale Netze und ein <mark>Netz</mark>.");
  }

  @Test
  void picksTheWindowWithTheMostDistinctWordsAndCutsAtWords() {
    String filler = "woord ".repeat(60);
    String text = "netwerk " + filler + "een neuraal netwerk leert " + filler + "einde";
    String s = snippet(SearchLanguage.NL, "neuraal netwerk", text);
    assertThat(s)
        .startsWith("…")
        .endsWith("…")
        .contains("<mark>neuraal</mark> <mark>netwerk</mark>");
    assertThat(s.replaceAll("</?mark>", "").length())
        .isBetween(Snippets.WIDTH - 10, Snippets.WIDTH + 20);
    assertThat(s.replaceAll("</?mark>", "").replace("…", "").split(" "))
        .allSatisfy(w -> assertThat(w).isIn("woord", "een", "neuraal", "netwerk", "leert"));
  }

  @Test
  void prefersTheTextThatMatchesMostThenTheFirst() {
    String body = "Over robots.";
    String description = "Robots en sensoren.";
    assertThat(snippet(SearchLanguage.NL, "robot sensor", body, description, "Titel"))
        .isEqualTo("<mark>Robots</mark> en <mark>sensoren</mark>.");
    assertThat(snippet(SearchLanguage.NL, "robot", body, description))
        .isEqualTo("Over <mark>robots</mark>.");
  }

  @Test
  void withoutAMatchTheStartOfTheFirstTextAndWithoutTextNothing() {
    assertThat(snippet(SearchLanguage.NL, "xyz", null, "Een beschrijving.", "Titel"))
        .isEqualTo("Een beschrijving.");
    assertThat(snippet(SearchLanguage.NL, "xyz", (String) null)).isNull();
    assertThat(
            Snippets.of(
                SearchLanguage.NL.analyzer(),
                SearchQuery.of("x", false).terms().get(SearchLanguage.NL),
                List.of()))
        .isNull();
  }

  @Test
  void advancedQueriesMarkWildcardAndPhraseWordsButNotExcludedOnes() {
    var terms = SearchQuery.of("netw* AND NOT robot", true).terms().get(SearchLanguage.NL);
    String s =
        Snippets.of(SearchLanguage.NL.analyzer(), terms, List.of("Een netwerk, geen robot."));
    assertThat(s).isEqualTo("Een <mark>netwerk</mark>, geen robot.");
    var phrase = SearchQuery.of("\"neuraal netwerk\"", true).terms().get(SearchLanguage.NL);
    assertThat(Snippets.of(SearchLanguage.NL.analyzer(), phrase, List.of("Een neuraal netwerk.")))
        .isEqualTo("Een <mark>neuraal</mark> <mark>netwerk</mark>.");
  }
}
