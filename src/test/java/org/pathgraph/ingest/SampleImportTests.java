package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.check.ImportSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

class SampleImportTests {

  private static final Path SAMPLE = Path.of("..", "shared", "dwengo-sample");
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private static ContentSnapshot snapshot;
  private static JsonNode expected;

  @BeforeAll
  static void readSample() throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(SAMPLE), "the shared Dwengo sample is not beside this repository");
    snapshot = new ContentReader().read(SAMPLE);
    expected = JSON.readTree(Files.readString(SAMPLE.resolve("EXPECTED.json")));
  }

  @Test
  void everyExpectedFigureAgrees() {
    JsonNode actual = JSON.valueToTree(snapshot.summary());
    SoftAssertions softly = new SoftAssertions();
    for (String field : expected.propertyNames()) {
      softly.assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
    }
    softly.assertAll();
  }

  @Test
  void summaryHasExactlyTheExpectedFieldsInTheirOrder() {
    JsonNode actual = JSON.valueToTree(snapshot.summary());
    assertThat(new ArrayList<>(actual.propertyNames()))
        .containsExactlyElementsOf(expected.propertyNames());
  }

  @Test
  void objectFiguresAgree() {
    ImportSummary summary = snapshot.summary();
    assertThat(summary.objectFiles()).isEqualTo(expected.get("objectFiles").intValue());
    assertThat(summary.objectsImported()).isEqualTo(expected.get("objectsImported").intValue());
    assertThat(summary.objectFilesRejected())
        .isEqualTo(expected.get("objectFilesRejected").intValue());
    assertThat(summary.teacherExclusiveObjects())
        .isEqualTo(expected.get("teacherExclusiveObjects").intValue());
    assertThat((JsonNode) JSON.valueToTree(summary.objectsByLanguage()))
        .isEqualTo(expected.get("objectsByLanguage"));
    assertThat((JsonNode) JSON.valueToTree(summary.objectsByContentType()))
        .isEqualTo(expected.get("objectsByContentType"));
    assertThat(summary.concepts()).isEqualTo(expected.get("concepts").intValue());
    assertThat(summary.educationalGoals()).isEqualTo(expected.get("educationalGoals").intValue());
    assertThat(snapshot.objects()).hasSize(summary.objectsImported());
  }

  @Test
  void pathFiguresAgree() {
    ImportSummary summary = snapshot.summary();
    assertThat(summary.pathFiles()).isEqualTo(expected.get("pathFiles").intValue());
    assertThat(summary.pathsImported()).isEqualTo(expected.get("pathsImported").intValue());
    assertThat(summary.pathNodes()).isEqualTo(expected.get("pathNodes").intValue());
    assertThat(summary.pathTransitions()).isEqualTo(expected.get("pathTransitions").intValue());
    assertThat(summary.danglingNodeRefs()).isEqualTo(expected.get("danglingNodeRefs").intValue());
    assertThat(summary.danglingTransitionRefs())
        .isEqualTo(expected.get("danglingTransitionRefs").intValue());
    assertThat(summary.pathsWithoutExactlyOneStartNode())
        .isEqualTo(expected.get("pathsWithoutExactlyOneStartNode").intValue());
    assertThat(snapshot.paths()).hasSize(summary.pathsImported());
  }

  @Test
  void linkFiguresAgree() {
    ImportSummary summary = snapshot.summary();
    assertThat(summary.crossPathLinks()).isEqualTo(expected.get("crossPathLinks").intValue());
    assertThat(summary.crossPathLinksResolved())
        .isEqualTo(expected.get("crossPathLinksResolved").intValue());
    assertThat(summary.objectReferences()).isEqualTo(expected.get("objectReferences").intValue());
    assertThat(summary.objectReferencesResolved())
        .isEqualTo(expected.get("objectReferencesResolved").intValue());
  }

  @Test
  void duplicateKeysNameTheSameWinnersAndLosers() {
    ImportSummary summary = snapshot.summary();
    assertThat(summary.duplicateObjectKeys())
        .isEqualTo(expected.get("duplicateObjectKeys").intValue());
    assertThat(summary.filesLosingToDuplicateKey())
        .isEqualTo(expected.get("filesLosingToDuplicateKey").intValue());
    assertThat(summary.duplicatePathKeys()).isEqualTo(expected.get("duplicatePathKeys").intValue());
    assertThat(summary.duplicateObjectKeyList())
        .containsExactlyElementsOf(duplicates(expected.get("duplicateObjectKeyList")));
    assertThat(summary.duplicatePathKeyList())
        .containsExactlyElementsOf(duplicates(expected.get("duplicatePathKeyList")));
    assertThat(summary.rejected()).isEmpty();
    assertThat(expected.get("rejected").isEmpty()).isTrue();
  }

  @Test
  void everyLoserIsReportedNamingItsWinner() {
    for (ImportSummary.DuplicateKey duplicate : snapshot.summary().duplicateObjectKeyList()) {
      for (String loser : duplicate.losers()) {
        assertThat(snapshot.problems())
            .anySatisfy(
                p -> {
                  assertThat(p.file()).isEqualTo(loser);
                  assertThat(p.code()).isEqualTo("DUPLICATE_OBJECT_KEY");
                  assertThat(p.message()).contains(duplicate.winner());
                });
      }
    }
  }

  @Test
  void sampleAnomaliesAreReported() {
    assertThat(codesOf("learning_paths/nederlands/agri_lopendeband.json"))
        .contains("CYCLE", "REPEATED_NODE", "UNREACHABLE_NODE", "DANGLING_NODE");
    assertThat(codesOf("learning_paths/nederlands/maths_parameters.json"))
        .contains("TRANSITION_OUTSIDE_PATH", "DANGLING_TRANSITION");
    assertThat(codesOf("learning_paths/nederlands/pc_leerlijn_fiches_arduino.json"))
        .contains("MANY_START_NODES");
    assertThat(codesOf("learning_paths/french/pn_functiesblockly.json")).contains("DANGLING_NODE");
    assertThat(codesOf("learning_paths/nederlands/triage.json")).contains("DUPLICATE_PATH_KEY");
    assertThat(
            codesOf(
                "learning_objects/english/content/computational_thinking/03_cases/0312_meta/index.md"))
        .contains("CONCEPT_AS_LINK");
    assertThat(snapshot.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void validateCommandJsonSummaryEqualsExpected() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit =
        ValidateCommand.run(SAMPLE, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    JsonNode output = JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    assertThat(output.get("summary")).isEqualTo(expected);
    assertThat(new ArrayList<>(output.get("summary").propertyNames()))
        .containsExactlyElementsOf(expected.propertyNames());
    assertThat(output.get("problems").size()).isEqualTo(snapshot.problems().size());
  }

  private static List<String> codesOf(String file) {
    return snapshot.problems().stream()
        .filter(p -> p.file().equals(file))
        .map(ImportProblem::code)
        .toList();
  }

  private static List<ImportSummary.DuplicateKey> duplicates(JsonNode list) {
    List<ImportSummary.DuplicateKey> result = new ArrayList<>();
    for (JsonNode item : list) {
      List<String> losers = new ArrayList<>();
      item.get("losers").forEach(l -> losers.add(l.stringValue()));
      result.add(
          new ImportSummary.DuplicateKey(
              item.get("key").stringValue(), item.get("winner").stringValue(), losers));
    }
    return result;
  }
}
