package org.pathgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;
import org.springframework.beans.factory.annotation.Autowired;

/** Full-text search on the demo content (and its 24 generated English objects). */
class SearchTests extends DemoContextTests {

  private static final String SEARCH =
      """
      query($q: String!, $language: String, $filter: LearningObjectFilter, $advanced: Boolean,
            $first: Int, $after: String) {
        search(query: $q, language: $language, filter: $filter, advanced: $advanced,
               first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { cursor score snippet node { key language teacherExclusive contentType } }
          facets { field buckets { value count } }
        }
      }""";

  @Autowired Graph graph;
  @Autowired Driver driver;

  private static GraphQlHttp.Response search(GraphQlHttp client, Map<String, Object> variables) {
    return client.post(SEARCH, variables);
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> result = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      result.put((String) pairs[i], pairs[i + 1]);
    }
    return result;
  }

  @Test
  void dutchStemmingMatchesOtherFormsOfAWordAndMarksThem() {
    // dl_training says "netwerk" and never "netwerken"; the teacher-only un_ai4 says both.
    var plural = search(anonymous(), vars("q", "netwerken", "language", "nl"));
    List<String> keys = plural.read("$.data.search.edges[*].node.key");
    assertThat(keys).contains("dl_training/nl/1", "dl_neuron/nl/1");
    String snippet =
        plural
            .<List<String>>read("$.data.search.edges[?(@.node.key == 'dl_training/nl/1')].snippet")
            .get(0);
    assertThat(snippet).containsIgnoringCase("<mark>netwerk</mark>");

    var singular = search(teacher(), vars("q", "netwerk", "language", "nl"));
    List<String> snippets = singular.read("$.data.search.edges[*].snippet");
    assertThat(String.join(" ", snippets)).containsIgnoringCase("<mark>netwerken</mark>");
    assertThat((List<String>) singular.read("$.data.search.edges[*].node.key"))
        .contains("un_ai4/nl/3", "dl_leerkracht/nl/1");
  }

  @Test
  void languageAndContentTypeFacetsAddUpToTheTotal() {
    var r = search(anonymous(), vars("q", "neuron"));
    int total = r.read("$.data.search.totalCount");
    assertThat(total).isGreaterThan(2);
    List<String> fields = r.read("$.data.search.facets[*].field");
    assertThat(fields)
        .containsExactly("language", "contentType", "concept", "targetAge", "difficulty");
    for (String field : List.of("language", "contentType")) {
      List<Integer> counts =
          r.read("$.data.search.facets[?(@.field == '" + field + "')].buckets[*].count");
      assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as(field).isEqualTo(total);
    }
    List<String> languages =
        r.read("$.data.search.facets[?(@.field == 'language')].buckets[*].value");
    assertThat(languages).contains("nl", "en");
    // Every bucket of every facet counts some hits, never more than all of them.
    List<Integer> all = r.read("$.data.search.facets[*].buckets[*].count");
    assertThat(all).allSatisfy(c -> assertThat(c).isBetween(1, total));
  }

  @Test
  void learnersNeverSeeTeacherOnlyHitsCountsOrFacetsWhileTeachersDo() {
    var learner = search(anonymous(), vars("q", "netwerk", "language", "nl", "first", 100));
    var teacher = search(teacher(), vars("q", "netwerk", "language", "nl", "first", 100));
    List<Boolean> learnerFlags = learner.read("$.data.search.edges[*].node.teacherExclusive");
    assertThat(learnerFlags).isNotEmpty().doesNotContain(true);
    int learnerTotal = learner.read("$.data.search.totalCount");
    int teacherTotal = teacher.read("$.data.search.totalCount");
    // un_ai4/nl and dl_leerkracht/nl mention networks and are teacher-only.
    assertThat(teacherTotal).isEqualTo(learnerTotal + 2);
    assertThat(nlCount(teacher)).isEqualTo(nlCount(learner) + 2);
    assertThat(nlCount(learner)).isEqualTo(learnerTotal);
  }

  private static int nlCount(GraphQlHttp.Response r) {
    List<Integer> counts =
        r.read("$.data.search.facets[?(@.field == 'language')].buckets[?(@.value == 'nl')].count");
    return counts.get(0);
  }

  @Test
  void aMalformedAdvancedQueryIsABadRequestNamingTheArgument() {
    var r = search(anonymous(), vars("q", "neuron AND (", "advanced", true));
    assertThat((String) r.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
    assertThat((String) r.read("$.errors[0].message"))
        .contains("'query'")
        .contains("not valid search syntax")
        .doesNotContain("Lucene", "Exception", "Encountered");
    assertThat(r.body()).doesNotContain("INTERNAL_ERROR").doesNotContain("at org.");

    var blank = search(anonymous(), vars("q", "   "));
    assertThat((String) blank.read("$.errors[0].extensions.classification"))
        .isEqualTo("BAD_REQUEST");
  }

  @Test
  void advancedQueriesUseLuceneSyntax() {
    var r =
        search(
            anonymous(), vars("q", "neur* AND NOT exercis*", "language", "en", "advanced", true));
    List<String> keys = r.read("$.data.search.edges[*].node.key");
    // dl_oefening/en is the exercise about a neuron; dl_neuron/en is about neurons only.
    assertThat(keys).contains("dl_neuron/en/1").doesNotContain("dl_oefening/en/1");
    List<String> snippets = r.read("$.data.search.edges[*].snippet");
    assertThat(String.join(" ", snippets)).containsIgnoringCase("<mark>neuron");
  }

  @Test
  void plainTextWithLuceneSpecialCharactersIsSearchedAsWords() {
    var r = search(anonymous(), vars("q", "neuron AND ( \"[*?~ -: OR \\ /x/ !^{}&&||"));
    assertThat(r.body()).doesNotContain("\"errors\"");
    assertThat((List<String>) r.read("$.data.search.edges[*].node.key")).contains("dl_neuron/en/1");
  }

  @Test
  void snippetsAreEscapedHtmlWithMarks() {
    var r = search(anonymous(), vars("q", "neuron", "language", "en"));
    List<String> snippets = r.read("$.data.search.edges[*].snippet");
    assertThat(snippets).isNotEmpty();
    for (String s : snippets) {
      // Only <mark> tags; every other '<' is escaped.
      assertThat(s.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }
  }

  @Test
  void theFilterAndTheLanguageNarrowTheHits() {
    var r =
        search(
            anonymous(),
            vars(
                "q",
                "generated neuron",
                "filter",
                Map.of("contentType", "text/markdown", "keyword", "generated")));
    List<String> keys = r.read("$.data.search.edges[*].node.key");
    assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k).startsWith("gen_object_"));
    var english = search(anonymous(), vars("q", "neuron", "language", "en"));
    List<String> languages = english.read("$.data.search.edges[*].node.language");
    assertThat(languages).isNotEmpty().containsOnly("en");
    var none = search(anonymous(), vars("q", "neuron", "language", "de"));
    assertThat((Integer) none.read("$.data.search.totalCount")).isZero();
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    var whole = search(anonymous(), vars("q", "generated", "language", "en", "first", 100));
    List<String> all = whole.read("$.data.search.edges[*].node.key");
    int total = whole.read("$.data.search.totalCount");
    assertThat(all).hasSize(total).hasSizeGreaterThanOrEqualTo(24);

    List<String> paged = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      var page =
          search(anonymous(), vars("q", "generated", "language", "en", "first", 7, "after", after));
      paged.addAll(page.read("$.data.search.edges[*].node.key"));
      assertThat((Integer) page.read("$.data.search.totalCount")).isEqualTo(total);
      assertThat((Boolean) page.read("$.data.search.pageInfo.hasPreviousPage"))
          .isEqualTo(after != null);
      more = page.read("$.data.search.pageInfo.hasNextPage");
      after = page.read("$.data.search.pageInfo.endCursor");
    }
    assertThat(paged).containsExactlyElementsOf(all);

    var foreign = search(anonymous(), vars("q", "generated", "after", "garbage"));
    assertThat((String) foreign.read("$.errors[0].extensions.classification"))
        .isEqualTo("BAD_REQUEST");
  }

  @Test
  void aSearchCostsOneRoundTripPlusOnePerBatchedFieldWhateverThePageSize() {
    String query =
        """
        query($first: Int) { search(query: "generated", first: $first) {
          totalCount facets { field }
          edges { snippet node { key concepts { uri } paths { key } translations { key } } } } }""";
    long before = graph.roundTrips();
    var big = anonymous().post(query, Map.of("first", 30));
    long bigPage = graph.roundTrips() - before;
    assertThat((List<?>) big.read("$.data.search.edges")).hasSizeGreaterThanOrEqualTo(24);
    before = graph.roundTrips();
    anonymous().post(query, Map.of("first", 2));
    long smallPage = graph.roundTrips() - before;
    // search, concepts, paths, translations
    assertThat(bigPage).isLessThanOrEqualTo(4).isEqualTo(smallPage);
  }

  @Test
  void pathsAreSearchedByTitleAndDescription() {
    var r =
        anonymous()
            .post(
                "{ searchPaths(query: \"basics\", language: \"en\") { totalCount"
                    + " edges { score snippet node { key title } } } }");
    List<String> keys = r.read("$.data.searchPaths.edges[*].node.key");
    assertThat(keys).contains("demo_dl_basics/en");
    assertThat((List<String>) r.read("$.data.searchPaths.edges[*].snippet"))
        .anySatisfy(s -> assertThat(s).containsIgnoringCase("<mark>basics</mark>"));
  }

  @Test
  void everyLanguageHasAnOnlineIndexWithItsAnalyzerAndEveryNodeOneSearchLabel() {
    Map<String, String> analyzers = new HashMap<>();
    for (var row :
        driver
            .executableQuery(
                "SHOW FULLTEXT INDEXES YIELD name, state, options"
                    + " RETURN name, state, options.indexConfig['fulltext.analyzer'] AS analyzer")
            .execute()
            .records()) {
      assertThat(row.get("state").asString()).as(row.get("name").asString()).isEqualTo("ONLINE");
      analyzers.put(row.get("name").asString(), row.get("analyzer").asString());
    }
    for (SearchLanguage language : SearchLanguage.values()) {
      for (Role role : Role.values()) {
        assertThat(analyzers).containsEntry(language.objectIndex(role), language.analyzerName());
      }
      assertThat(analyzers).containsEntry(language.pathIndex(), language.analyzerName());
    }
    long wrong =
        driver
            .executableQuery(
                // A path has one label; an object one, plus one per audience that may see it.
                "MATCH (n) WHERE n:LearningObject OR n:LearningPath"
                    + " WITH n, size([l IN labels(n) WHERE l STARTS WITH 'Search']) AS s"
                    + " WHERE s <> CASE WHEN n:LearningPath OR NOT n.available THEN 1"
                    + " WHEN n.teacherExclusive THEN 2 ELSE 3 END RETURN count(n) AS wrong")
            .execute()
            .records()
            .get(0)
            .get("wrong")
            .asLong();
    assertThat(wrong).isZero();
  }
}
