package org.pathgraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

class VocabularyReaderTests {

  private static final String CURR1 = "http://ilearn.ilabt.imec.be/vocab/curr1/";

  @TempDir Path dir;

  @Test
  void readsTheShippedVocabulariesWithLabelsPerLanguageAndANormalisedHierarchy() {
    Vocabulary v =
        VocabularyReader.read(
            List.of("classpath:vocabularies/ilearn.ttl", "demo-content/vocabularies"));
    assertThat(v.problems()).isEmpty();
    assertThat(v.files())
        .containsExactly("classpath:vocabularies/ilearn.ttl", "demo-content/vocabularies/demo.ttl");
    assertThat(v.schemes())
        .containsKeys(
            "http://ilearn.ilabt.imec.be/vocab/curr1",
            "http://ilearn.ilabt.imec.be/vocab/vak1",
            "urn:pathgraph:demo");
    Vocabulary.Entry algebra = v.concepts().get(CURR1 + "s-wiskunde-algebra-analyse");
    assertThat(algebra.prefLabels())
        .containsEntry("nl", "Algebra en analyse")
        .containsEntry("en", "Algebra and calculus");
    assertThat(algebra.altLabels().get("en")).contains("calculus");
    // ilearn.ttl states skos:narrower on the parents; both files add a broader concept.
    assertThat(algebra.broader())
        .containsExactly(
            "urn:pathgraph:demo:wiskunde-van-neurale-netwerken", "urn:pathgraph:ilearn:c-wiskunde");
    // related is symmetric although only one side states it.
    assertThat(v.concepts().get(CURR1 + "s-wiskunde-modelleren-en-heuristiek").related())
        .contains(CURR1 + "s-wiskunde-kansrekenen-statistiek");
    // hasTopConcept on the scheme is topConceptOf on the concept, and implies inScheme.
    Vocabulary.Entry digital = v.concepts().get(CURR1 + "c-digitale-competenties-en-mediawijsheid");
    assertThat(digital.topConceptOf()).containsExactly("http://ilearn.ilabt.imec.be/vocab/curr1");
    assertThat(v.concepts().get("urn:pathgraph:demo:diep-leren").schemes())
        .containsExactly("urn:pathgraph:demo");
    assertThat(v.concepts().get("urn:pathgraph:demo:diep-leren").notation()).isEqualTo("DL");
  }

  @Test
  void aClasspathLocationThatDoesNotExistIsAWarningNamingIt() {
    Vocabulary v = VocabularyReader.read(List.of("classpath:vocabularies/nothing.ttl"));
    assertThat(v.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("VOCABULARY_NOT_FOUND");
              assertThat(p.file()).isEqualTo("classpath:vocabularies/nothing.ttl");
            });
  }

  @Test
  void readsRdfXmlAndJsonLd() throws IOException {
    Files.writeString(
        dir.resolve("a.rdf"),
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:skos="http://www.w3.org/2004/02/skos/core#">
          <skos:Concept rdf:about="http://example.org/a">
            <skos:prefLabel xml:lang="nl">Een</skos:prefLabel>
            <skos:broader rdf:resource="http://example.org/b"/>
          </skos:Concept>
        </rdf:RDF>
        """);
    Files.writeString(
        dir.resolve("b.jsonld"),
        """
        {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"},
         "@id": "http://example.org/b", "@type": "skos:Concept",
         "skos:prefLabel": {"@value": "Two", "@language": "en"},
         "skos:narrower": {"@id": "http://example.org/c"}}
        """);
    Vocabulary v = VocabularyReader.read(List.of(dir.toString()));
    assertThat(v.problems()).isEmpty();
    assertThat(v.loaded()).isEqualTo(2);
    assertThat(v.concepts().get("http://example.org/a").prefLabels()).containsEntry("nl", "Een");
    assertThat(v.concepts().get("http://example.org/a").broader())
        .containsExactly("http://example.org/b");
    assertThat(v.concepts().get("http://example.org/b").prefLabels()).containsEntry("en", "Two");
    assertThat(v.concepts().get("http://example.org/c").broader())
        .containsExactly("http://example.org/b");
  }

  @Test
  void aMalformedFileIsAProblemNamingFileAndLineAndTheOthersStillLoad() throws IOException {
    Files.writeString(
        dir.resolve("good.ttl"),
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <http://example.org/a> a skos:Concept ; skos:prefLabel "A"@en .
        """);
    Files.writeString(
        dir.resolve("bad.ttl"),
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .

        <http://example.org/b> a skos:Concept ;
          skos:prefLabel "B"@en
          skos:broader <http://example.org/a> .
        """);
    Files.writeString(dir.resolve("README.md"), "not a vocabulary, skipped");
    Vocabulary v =
        VocabularyReader.read(List.of(dir.toString(), dir.resolve("missing.ttl").toString()));
    assertThat(v.loaded()).isEqualTo(1);
    assertThat(v.concepts()).containsKey("http://example.org/a");
    assertThat(v.problems()).hasSize(2);
    ImportProblem bad = v.problems().get(0);
    assertThat(bad.code()).isEqualTo("MALFORMED_VOCABULARY");
    assertThat(bad.severity()).isEqualTo(Severity.ERROR);
    assertThat(bad.file()).endsWith("bad.ttl");
    assertThat(bad.message()).startsWith("line 5: ");
    assertThat(v.problems().get(1).code()).isEqualTo("VOCABULARY_NOT_FOUND");
  }

  @Test
  void emptyLocationsReadNothing() {
    Vocabulary v = VocabularyReader.read(List.of());
    assertThat(v.present()).isFalse();
    assertThat(v.concepts()).isEmpty();
  }
}
