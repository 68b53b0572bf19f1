package org.pathgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathgraph.api.BadRequestException;

class SearchQueryTests {

  @Test
  void plainTextIsEscapedSoAnyTextIsAQueryOfItsWords() {
    var q = SearchQuery.of("C++ (robot) AND \"sensor: [x]~ ? * / ! ^ {}\" OR NOT &&", false);
    assertThat(q.lucene()).doesNotContain("AND", "OR", "NOT").contains("c\\+\\+", "\\(robot\\)");
    assertThat(q.terms().get(SearchLanguage.EN).exact())
        .contains("robot", "sensor", "c")
        .doesNotContain("and"); // an English stop word, not an operator
  }

  @Test
  void plainTextIsAnalyzedPerLanguage() {
    var q = SearchQuery.of("De netwerken", false);
    // Dutch drops the stop word and stems; the standard analyzer keeps both words as they are.
    assertThat(q.terms().get(SearchLanguage.NL).exact()).containsExactly("netwerk");
    assertThat(q.terms().get(SearchLanguage.OTHER).exact())
        .containsExactlyInAnyOrder("de", "netwerken");
  }

  @Test
  void malformedAdvancedQueriesAreBadRequestsNamingTheArgument() {
    assertThatThrownBy(() -> SearchQuery.of("robot AND (", true))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith(
            "argument 'query' is not valid search syntax (advanced: true) at column ")
        .hasMessageNotContaining("Lucene")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> SearchQuery.of("\"unclosed", true))
        .isInstanceOf(BadRequestException.class);
    // The same text as plain words is fine.
    assertThat(SearchQuery.of("robot AND (", false).lucene()).isEqualTo("robot and \\(");
  }

  @Test
  void blankAndOverlongQueriesAreBadRequests() {
    assertThatThrownBy(() -> SearchQuery.of(" \t", false)).hasMessageContaining("blank");
    assertThatThrownBy(() -> SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH + 1), false))
        .hasMessageContaining("longer than");
  }

  @Test
  void leadingWildcardsAreAllowedAsTheIndexAllowsThem() {
    var q = SearchQuery.of("*werk", true);
    assertThat(q.terms().get(SearchLanguage.NL).matches("netwerk")).isTrue();
    assertThat(q.terms().get(SearchLanguage.NL).matches("robot")).isFalse();
  }

  @Test
  void cursorsCarryScoreAndKeyExactly() {
    var cursor = new SearchCursor(0.26152914762496948, "kiks_x/nl/3");
    assertThat(SearchCursor.decode(cursor.encode())).isEqualTo(cursor);
    assertThat(SearchCursor.decode(null)).isNull();
    assertThatThrownBy(() -> SearchCursor.decode(org.pathgraph.api.Cursors.encode("a/b/1")))
        .isInstanceOf(BadRequestException.class);
  }
}
