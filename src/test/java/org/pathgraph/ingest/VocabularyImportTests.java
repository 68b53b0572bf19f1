package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphDump;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Re-imports the shared demo graph with changed vocabularies: only what changed is written, and a
 * malformed file is reported without touching the graph. Every test puts the original back.
 */
class VocabularyImportTests extends DemoContextTests {

  /** What a start-up import reads: the bundled i-Learn concepts and the demo tree's own. */
  private static final List<String> SHIPPED =
      List.of("classpath:vocabularies/ilearn.ttl", "demo-content/vocabularies");

  @Autowired Importer importer;
  @Autowired Driver driver;

  @Value("${pathgraph.content.dir}")
  String contentDir;

  private GraphDump original;

  @BeforeEach
  void remember() {
    original = GraphDump.of(driver);
  }

  @AfterEach
  void restore() {
    importer.importTree(Path.of(contentDir), SHIPPED);
    assertThat(GraphDump.of(driver)).isEqualTo(original);
  }

  @Test
  void anUnchangedVocabularyWritesNothing() {
    ImportReport again = importer.importTree(Path.of(contentDir), SHIPPED);
    assertThat(again.changes().none()).as(again.changes().toString()).isTrue();
    assertThat(GraphDump.of(driver)).isEqualTo(original);
  }

  @Test
  void aChangedLabelRewritesOnlyItsConcept() throws IOException {
    Path copy = copyOfShipped();
    Path demo = copy.resolve("demo.ttl");
    Files.writeString(
        demo, Files.readString(demo).replace("\"Diep leren\"@nl", "\"Diep leren (nieuw)\"@nl"));

    ImportReport report = importer.importTree(Path.of(contentDir), List.of(copy.toString()));

    assertThat(report.changes().conceptsWritten()).isEqualTo(1);
    assertThat(report.changes().conceptsRemoved()).isZero();
    assertThat(report.changes().schemesWritten()).isZero();
    assertThat(report.changes().objectsWritten()).isZero();
    var r =
        anonymous()
            .post(
                "{ concept(uri: \"urn:pathgraph:demo:diep-leren\") {"
                    + " prefLabel(languages: [\"nl\"]) } }");
    assertThat((String) r.read("$.data.concept.prefLabel")).isEqualTo("Diep leren (nieuw)");
  }

  @Test
  void aVocabularyLeftOutTakesItsConceptsAndSchemeAlong() {
    ImportReport report =
        importer.importTree(Path.of(contentDir), List.of("classpath:vocabularies/ilearn.ttl"));

    // The three demo concepts and their scheme go; the five i-Learn concepts that demo.ttl put
    // under them lose a broader concept.
    assertThat(report.changes().conceptsRemoved()).isEqualTo(3);
    assertThat(report.changes().schemesRemoved()).isEqualTo(1);
    assertThat(report.changes().conceptsWritten()).isEqualTo(5);
    var r =
        anonymous()
            .post(
                "{ gone: concept(uri: \"urn:pathgraph:demo:diep-leren\") { uri }"
                    + " algebra: concept(uri: \"http://ilearn.ilabt.imec.be/vocab/curr1/"
                    + "s-wiskunde-algebra-analyse\") { broader { uri } } }");
    assertThat((Object) r.read("$.data.gone")).isNull();
    assertThat((List<String>) r.read("$.data.algebra.broader[*].uri"))
        .containsExactly("urn:pathgraph:ilearn:c-wiskunde");
  }

  @Test
  void aMalformedVocabularyIsReportedWithItsLineAndTheImportStillRuns() throws IOException {
    Path copy = copyOfShipped();
    Files.writeString(
        copy.resolve("broken.ttl"),
        """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:x> a skos:Concept ;
          skos:prefLabel "no closing quote@en .
        """);

    ImportReport report = importer.importTree(Path.of(contentDir), List.of(copy.toString()));

    ImportProblem malformed =
        report.problems().stream()
            .filter(p -> p.code().equals("MALFORMED_VOCABULARY"))
            .findFirst()
            .orElseThrow();
    assertThat(malformed.severity()).isEqualTo(Severity.ERROR);
    assertThat(malformed.file()).endsWith("broken.ttl");
    assertThat(malformed.message()).startsWith("line ");
    // The content import ran; the graph keeps the vocabularies it had.
    assertThat(report.summary().objectsImported()).isEqualTo(12 + ContentTrees.LONG_PATH_NODES);
    assertThat(report.changes().none()).isTrue();
    assertThat(report.problems()).noneMatch(p -> p.code().equals("UNKNOWN_CONCEPT"));
    assertThat(GraphDump.of(driver)).isEqualTo(original);
  }

  private static Path copyOfShipped() throws IOException {
    Path copy = Files.createTempDirectory("pathgraph-vocabularies-");
    ContentTrees.copy(Path.of("demo-content/vocabularies"), copy);
    Files.copy(Path.of("src/main/resources/vocabularies/ilearn.ttl"), copy.resolve("ilearn.ttl"));
    return copy;
  }
}
