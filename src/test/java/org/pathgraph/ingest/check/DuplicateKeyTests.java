package org.pathgraph.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.Fixtures;
import org.pathgraph.ingest.tree.CodePoints;

class DuplicateKeyTests {

  private static ContentSnapshot snapshot;

  @BeforeAll
  static void readTree() {
    snapshot = new ContentReader().read(Fixtures.tree());
  }

  @Test
  void smallestPathInCodePointOrderWinsTheObjectKey() {
    // 'B' (U+0042) sorts before 'a' and 'b': a case-insensitive order would pick a-third.
    assertThat(snapshot.summary().duplicateObjectKeyList())
        .containsExactly(
            new ImportSummary.DuplicateKey(
                "twin/nl/1",
                "learning_objects/dup/B-first/index.md",
                List.of(
                    "learning_objects/dup/a-third/index.md",
                    "learning_objects/dup/b-second/index.md")));
    assertThat(Fixtures.object(snapshot, "twin/nl/1").orElseThrow().sourceFile())
        .isEqualTo("learning_objects/dup/B-first/index.md");
  }

  @Test
  void everyLoserIsAWarningNamingTheWinnerAndIsNotRejected() {
    for (String loser :
        List.of(
            "learning_objects/dup/a-third/index.md", "learning_objects/dup/b-second/index.md")) {
      assertThat(Fixtures.problemsOf(snapshot, loser))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo("DUPLICATE_OBJECT_KEY");
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.message()).contains("learning_objects/dup/B-first/index.md");
              });
      assertThat(snapshot.rejectedFiles()).doesNotContain(loser);
    }
    assertThat(snapshot.summary().filesLosingToDuplicateKey()).isEqualTo(2);
  }

  @Test
  void pathsAreKeyedByTheirJsonNotTheirFileName() {
    assertThat(snapshot.summary().duplicatePathKeyList())
        .containsExactly(
            new ImportSummary.DuplicateKey(
                "good_path/nl",
                "learning_paths/good_path.json",
                List.of("learning_paths/z_copy_of_good.json")));
    assertThat(Fixtures.problemsOf(snapshot, "learning_paths/z_copy_of_good.json"))
        .extracting(ImportProblem::code)
        .contains("DUPLICATE_PATH_KEY");
  }

  @Test
  void codePointOrderDiffersFromUtf16OrderAboveTheSurrogates() {
    String emoji = "\uD83D\uDE00"; // U+1F600, stored as surrogates below U+E000
    String privateUse = "\uE000";
    assertThat(emoji.compareTo(privateUse)).isNegative();
    assertThat(CodePoints.compare(emoji, privateUse)).isPositive();
    assertThat(CodePoints.compare("ab", "abc")).isNegative();
    assertThat(CodePoints.compare("abc", "abc")).isZero();
  }
}
