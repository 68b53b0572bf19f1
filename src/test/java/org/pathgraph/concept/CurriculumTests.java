package org.pathgraph.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Curriculum by concept on the demo content with the shipped vocabularies (ilearn.ttl, demo.ttl):
 * labels with their fallback chain, the hierarchy both ways and transitively, objects and paths
 * under a concept including the narrower ones, schemes, lookup and goals by source.
 */
class CurriculumTests extends DemoContextTests {

  private static final String CURR1 = "http://ilearn.ilabt.imec.be/vocab/curr1/";
  private static final String ALGEBRA = CURR1 + "s-wiskunde-algebra-analyse";
  private static final String DEEP_LEARNING = "urn:pathgraph:demo:diep-leren";

  @Autowired Graph graph;

  @Test
  void prefLabelFallsBackAlongTheLanguagesThenToAnyThenToTheUri() {
    var r =
        anonymous()
            .post(
                """
                query($uri: String!) {
                  concept(uri: $uri) {
                    nl: prefLabel(languages: ["nl", "en"])
                    deThenNl: prefLabel(languages: ["de", "NL"])
                    fr: prefLabel(languages: ["fr"])
                    plain: prefLabel
                    prefLabels { language text }
                    altLabels(language: "nl") all: altLabels
                    inVocabulary notation scheme { uri title(languages: ["nl"]) } }
                  unknown: concept(uri: "http://example.org/concept/generated-1") {
                    prefLabel(languages: ["nl", "en"]) inVocabulary prefLabels { text } scheme { uri } broader { uri } } }""",
                Map.of("uri", ALGEBRA));
    assertThat((String) r.read("$.data.concept.nl")).isEqualTo("Algebra en analyse");
    assertThat((String) r.read("$.data.concept.deThenNl")).isEqualTo("Algebra en analyse");
    // No French label: the smallest language tag that has one (en).
    assertThat((String) r.read("$.data.concept.fr")).isEqualTo("Algebra and calculus");
    assertThat((String) r.read("$.data.concept.plain")).isEqualTo("Algebra and calculus");
    assertThat((List<String>) r.read("$.data.concept.prefLabels[*].language"))
        .containsExactly("en", "nl");
    assertThat((List<String>) r.read("$.data.concept.altLabels")).contains("algebra", "functies");
    assertThat((List<String>) r.read("$.data.concept.all")).contains("functies", "calculus");
    assertThat((Boolean) r.read("$.data.concept.inVocabulary")).isTrue();
    assertThat((String) r.read("$.data.concept.scheme.title"))
        .isEqualTo("i-Learn curriculumthema's");
    // A concept only content names is labelled by its URI and has no relations.
    assertThat((String) r.read("$.data.unknown.prefLabel"))
        .isEqualTo("http://example.org/concept/generated-1");
    assertThat((Boolean) r.read("$.data.unknown.inVocabulary")).isFalse();
    assertThat((Object) r.read("$.data.unknown.scheme")).isNull();
    assertThat((List<?>) r.read("$.data.unknown.broader")).isEmpty();
  }

  @Test
  void walksTheHierarchyBothWaysAndTransitively() {
    var r =
        anonymous()
            .post(
                """
                query($dl: String!, $algebra: String!) {
                  dl: concept(uri: $dl) { notation narrower { uri } narrowerTransitive { uri } broader { uri } }
                  algebra: concept(uri: $algebra) { broader { uri } broaderTransitive { uri } related { uri } }
                  stats: concept(uri: "http://ilearn.ilabt.imec.be/vocab/curr1/s-wiskunde-kansrekenen-statistiek") { related { uri } }
                  model: concept(uri: "http://ilearn.ilabt.imec.be/vocab/curr1/s-wiskunde-modelleren-en-heuristiek") { related { uri } } }""",
                Map.of("dl", DEEP_LEARNING, "algebra", ALGEBRA));
    assertThat((String) r.read("$.data.dl.notation")).isEqualTo("DL");
    assertThat((List<String>) r.read("$.data.dl.narrower[*].uri"))
        .containsExactly(
            "urn:pathgraph:demo:computers-voor-ai",
            "urn:pathgraph:demo:wiskunde-van-neurale-netwerken");
    assertThat((List<String>) r.read("$.data.dl.narrowerTransitive[*].uri"))
        .containsExactly(
            CURR1 + "s-computers-en-systemen",
            CURR1 + "s-wiskunde-algebra-analyse",
            CURR1 + "s-wiskunde-kansrekenen-statistiek",
            CURR1 + "s-wiskunde-modelleren-en-heuristiek",
            "http://ilearn.ilabt.imec.be/vocab/vak1/informatica-wetenschappen",
            "urn:pathgraph:demo:computers-voor-ai",
            "urn:pathgraph:demo:wiskunde-van-neurale-netwerken");
    assertThat((List<?>) r.read("$.data.dl.broader")).isEmpty();
    assertThat((List<String>) r.read("$.data.algebra.broader[*].uri"))
        .containsExactly(
            "urn:pathgraph:demo:wiskunde-van-neurale-netwerken", "urn:pathgraph:ilearn:c-wiskunde");
    assertThat((List<String>) r.read("$.data.algebra.broaderTransitive[*].uri"))
        .containsExactly(
            DEEP_LEARNING,
            "urn:pathgraph:demo:wiskunde-van-neurale-netwerken",
            "urn:pathgraph:ilearn:c-stem",
            "urn:pathgraph:ilearn:c-wiskunde");
    // ilearn.ttl states the relation on one side only; it holds both ways.
    assertThat((List<String>) r.read("$.data.stats.related[*].uri"))
        .containsExactly(CURR1 + "s-wiskunde-modelleren-en-heuristiek");
    assertThat((List<String>) r.read("$.data.model.related[*].uri"))
        .containsExactly(CURR1 + "s-wiskunde-kansrekenen-statistiek");
  }

  @Test
  void objectsOfABroaderConceptIncludeThoseOfTheNarrowerOnes() {
    String query =
        """
        query($uri: String!) {
          concept(uri: $uri) {
            all: learningObjects(first: 100) { totalCount edges { node { key teacherExclusive } } }
            direct: learningObjects(includeNarrower: false) { totalCount }
            nl: learningObjects(filter: {language: "nl"}, first: 100) { totalCount edges { node { language } } }
            paths: learningPaths { totalCount edges { node { key } } }
            directPaths: learningPaths(includeNarrower: false) { totalCount } } }""";
    var r = anonymous().post(query, Map.of("uri", DEEP_LEARNING));
    // The demo's 12 objects are all under "deep learning"; anonymous sees the 8 not teacher-only.
    assertThat((Integer) r.read("$.data.concept.all.totalCount")).isEqualTo(8);
    assertThat((List<Boolean>) r.read("$.data.concept.all.edges[*].node.teacherExclusive"))
        .containsOnly(false);
    assertThat((Integer) r.read("$.data.concept.direct.totalCount")).isZero();
    assertThat((List<String>) r.read("$.data.concept.nl.edges[*].node.language"))
        .isNotEmpty()
        .containsOnly("nl");
    assertThat((List<String>) r.read("$.data.concept.paths.edges[*].node.key"))
        .containsExactly("demo_dl_basics/en", "demo_dl_basis/nl");
    assertThat((Integer) r.read("$.data.concept.directPaths.totalCount")).isZero();

    var teacher = teacher().post(query, Map.of("uri", DEEP_LEARNING));
    assertThat((Integer) teacher.read("$.data.concept.all.totalCount")).isEqualTo(12);

    // Direct objects of a narrower concept are a subset of those of its broader concept.
    var algebra =
        anonymous()
            .post(
                """
                { algebra: concept(uri: "%s") { learningObjects(first: 100) { edges { node { key } } } }
                  maths: concept(uri: "urn:pathgraph:ilearn:c-wiskunde") {
                    learningObjects(first: 100) { edges { node { key } } }
                    direct: learningObjects(includeNarrower: false) { totalCount } } }"""
                    .formatted(ALGEBRA));
    List<String> algebraKeys = algebra.read("$.data.algebra.learningObjects.edges[*].node.key");
    assertThat(algebraKeys).isNotEmpty();
    assertThat((List<String>) algebra.read("$.data.maths.learningObjects.edges[*].node.key"))
        .containsAll(algebraKeys);
    assertThat((Integer) algebra.read("$.data.maths.direct.totalCount")).isZero();
  }

  @Test
  void listsSchemesTopConceptsAndLooksConceptsUpByLabel() {
    var r =
        anonymous()
            .post(
                """
                { conceptSchemes { uri title(languages: ["nl"]) topConcepts { uri } }
                  topConcepts(scheme: "http://ilearn.ilabt.imec.be/vocab/curr1") { uri prefLabel(languages: ["nl"]) }
                  none: topConcepts(scheme: "http://example.org/none") { uri }
                  statistiek: conceptLookup(label: "Statistiek", language: "nl") { uri }
                  english: conceptLookup(label: "statistics", language: "nl") { uri }
                  any: conceptLookup(label: "wiskunde") { uri } }""");
    assertThat((List<String>) r.read("$.data.conceptSchemes[*].uri"))
        .containsExactly(
            "http://ilearn.ilabt.imec.be/vocab/curr1",
            "http://ilearn.ilabt.imec.be/vocab/onddoel",
            "http://ilearn.ilabt.imec.be/vocab/tref1",
            "http://ilearn.ilabt.imec.be/vocab/vak1",
            "urn:pathgraph:demo");
    assertThat((List<String>) r.read("$.data.conceptSchemes[4].topConcepts[*].uri"))
        .containsExactly(DEEP_LEARNING);
    assertThat((List<String>) r.read("$.data.topConcepts[*].prefLabel"))
        .containsExactly("Digitale competenties en mediawijsheid", "STEM", "Taal");
    assertThat((List<?>) r.read("$.data.none")).isEmpty();
    // The exact (alternative) label comes first.
    assertThat((String) r.read("$.data.statistiek[0].uri"))
        .isEqualTo(CURR1 + "s-wiskunde-kansrekenen-statistiek");
    assertThat((List<?>) r.read("$.data.english")).isEmpty();
    assertThat((String) r.read("$.data.any[0].uri")).isEqualTo("urn:pathgraph:ilearn:c-wiskunde");
    assertThat((List<String>) r.read("$.data.any[*].uri"))
        .contains("urn:pathgraph:demo:wiskunde-van-neurale-netwerken");
  }

  @Test
  void groupsEducationalGoalsBySourceWithTheirObjectsAndPaths() {
    String query =
        """
        { educationalGoals { source goals { id learningObjects { totalCount } learningPaths { edges { node { key } } } } }
          one: educationalGoals(source: "Onderwijsdoelen 3e graad doorstroom") { source goals { id } } }""";
    var r = anonymous().post(query);
    List<String> sources = r.read("$.data.educationalGoals[*].source");
    assertThat(sources).contains("Onderwijsdoelen 3e graad doorstroom", "Test").isSorted();
    // Only the teacher-only seed addresses the placeholder goals: learners do not see them.
    assertThat(sources).doesNotContain("Source", "Source2");
    assertThat((List<String>) r.read("$.data.one[*].source"))
        .containsExactly("Onderwijsdoelen 3e graad doorstroom");
    assertThat((List<String>) r.read("$.data.one[0].goals[*].id")).contains("06.19").isSorted();
    assertThat(
            (List<Integer>)
                r.read("$.data.educationalGoals[*].goals[*].learningObjects.totalCount"))
        .allSatisfy(n -> assertThat(n).isPositive());
    assertThat(
            (List<String>)
                r.read(
                    "$.data.educationalGoals[?(@.source == 'Test')].goals[*].learningPaths.edges[*].node.key"))
        .contains("gen_long_path/en");
    var teacher = teacher().post(query);
    assertThat((List<String>) teacher.read("$.data.educationalGoals[*].source")).contains("Source");
  }

  @Test
  void theImportWarnsOfConceptsNoVocabularyDescribes() {
    var r = admin().post("{ importReport { problems { severity code file field message } } }");
    List<Map<String, Object>> unknown =
        r.read("$.data.importReport.problems[?(@.code == 'UNKNOWN_CONCEPT')]");
    // The 24 generated objects of the test tree name example.org concepts; the demo's are known.
    assertThat(unknown).hasSize(24);
    assertThat(unknown.get(0))
        .containsEntry("severity", "WARNING")
        .containsEntry("field", "skos_concepts");
    assertThat((String) unknown.get(0).get("file")).contains("gen_object_");
    assertThat((String) unknown.get(0).get("message")).contains("http://example.org/concept/");
  }

  @Test
  void conceptFieldsCostAFixedNumberOfRoundTrips() {
    String query =
        """
        query($n: Int!) {
          concepts(first: $n) { edges { node {
            uri prefLabel(languages: ["nl"]) altLabels notation prefLabels { text }
            scheme { uri } schemes { uri } broader { uri } narrower { uri } related { uri }
            broaderTransitive { uri } narrowerTransitive { uri prefLabel }
            learningObjects(first: 2) { totalCount edges { node { key } } }
            direct: learningObjects(first: 2, includeNarrower: false) { totalCount }
            learningPaths(first: 2) { totalCount edges { node { key } } } } } }
          conceptSchemes { title topConcepts { uri narrower { uri } } }
          educationalGoals { goals { learningObjects(first: 2) { totalCount } learningPaths { totalCount } } } }""";
    long before = graph.roundTrips();
    var small = anonymous().post(query, Map.of("n", 2));
    long few = graph.roundTrips() - before;
    before = graph.roundTrips();
    var large = anonymous().post(query, Map.of("n", 40));
    long many = graph.roundTrips() - before;
    assertThat(small.body()).doesNotContain("errors");
    assertThat((List<?>) large.read("$.data.concepts.edges")).hasSizeGreaterThan(20);
    // concepts, 2 scheme loads, 5 relatives, 2 object pages, paths, schemes, top concepts,
    // their narrower, goals, goal objects, goal paths
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(17);
  }
}
