package org.pathgraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.Fixtures;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.check.ImportSummary;
import org.pathgraph.ingest.tree.ImageTypes;
import org.pathgraph.path.ObjectRef;
import org.pathgraph.path.TransitionSource;

class PathFileTests {

  private static ContentSnapshot snapshot;

  @BeforeAll
  static void readTree() {
    snapshot = new ContentReader().read(Fixtures.tree());
  }

  @Test
  void currentFormatPathResolvesItsNodesAndDecodesItsImage() {
    PathSource path = Fixtures.path(snapshot, "good_path/nl").orElseThrow();
    assertThat(path.nodes())
        .extracting(n -> n.ref().key())
        .containsExactly("links/nl/1", "meta_asset/nl/1", "version_text/nl/3");
    assertThat(path.nodes().get(0).start()).isTrue();
    assertThat(path.nodes().get(0).transitions())
        .extracting(TransitionSource::isDefault, t -> t.next().key())
        .containsExactly(
            tuple(true, "meta_asset/nl/1"),
            tuple(false, "version_text/nl/3"),
            tuple(false, "version_text/nl/3"));
    assertThat(path.imageType()).isEqualTo("image/png");
    assertThat(path.image()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void conditionThatIsNotJsonPathIsAWarning() {
    assertThat(Fixtures.problemsOf(snapshot, "learning_paths/good_path.json"))
        .extracting(ImportProblem::code, ImportProblem::field)
        .containsExactly(tuple("MALFORMED_CONDITION", "nodes[0].transitions[2].condition"));
  }

  @Test
  void oldFormatPathReadsIdsAndStringTransitions() {
    PathSource path = Fixtures.path(snapshot, "old_path/nl").orElseThrow();
    assertThat(path.nodes())
        .extracting(n -> n.ref().key())
        .containsExactly("links/nl/1", "meta_asset/nl/1", "version_text/nl/?");
    assertThat(path.nodes().get(0).transitions().get(0).next())
        .isEqualTo(new ObjectRef("meta_asset", "nl", 1));
    assertThat(path.nodes().get(1).transitions().get(0).next())
        .isEqualTo(new ObjectRef("nowhere", "nl", null));
    assertThat(path.image()).isNull();
  }

  @Test
  void oldFormatProblemsAreWarningsAndUnresolvedReferencesAreKept() {
    assertThat(Fixtures.problemsOf(snapshot, "learning_paths/old/old_format.json"))
        .allMatch(p -> p.severity() == Severity.WARNING)
        .extracting(ImportProblem::code, ImportProblem::field)
        .containsExactly(
            tuple("BAD_VALUE", "image"),
            tuple("BAD_VALUE", "nodes[2].version"),
            tuple("DANGLING_TRANSITION", "nodes[1].transitions[0].next"),
            tuple("DANGLING_NODE", "nodes[2]"),
            tuple("TRANSITION_OUTSIDE_PATH", "nodes[1].transitions[0].next"),
            tuple("UNREACHABLE_NODE", "nodes[2]"));
  }

  @Test
  void pathWithoutHruidHasNoKeyAndIsRejected() {
    assertThat(Fixtures.problemsOf(snapshot, "learning_paths/old/no_hruid.json"))
        .extracting(ImportProblem::severity, ImportProblem::code, ImportProblem::field)
        .containsExactly(tuple(Severity.ERROR, "MISSING_FIELD", "hruid"));
    assertThat(snapshot.rejectedFiles()).contains("learning_paths/old/no_hruid.json");
  }

  @Test
  void invalidJsonIsRejected() {
    assertThat(Fixtures.problemsOf(snapshot, "learning_paths/bad_json.json"))
        .extracting(ImportProblem::severity, ImportProblem::code)
        .containsExactly(tuple(Severity.ERROR, "PATH_JSON_SYNTAX"));
  }

  @Test
  void pathSummaryCountsOnlyImportedPaths() {
    ImportSummary summary = snapshot.summary();
    assertThat(summary.pathFiles()).isEqualTo(5);
    assertThat(summary.pathsImported()).isEqualTo(2);
    assertThat(summary.pathNodes()).isEqualTo(6);
    assertThat(summary.pathTransitions()).isEqualTo(5);
    assertThat(summary.danglingNodeRefs()).isEqualTo(1);
    assertThat(summary.danglingTransitionRefs()).isEqualTo(1);
    assertThat(summary.pathsWithoutExactlyOneStartNode()).isZero();
    assertThat(summary.rejected())
        .extracting(ImportSummary.RejectedFile::file)
        .containsSubsequence(
            List.of("learning_paths/bad_json.json", "learning_paths/old/no_hruid.json"));
  }

  @Test
  void imageTypesAreSniffedFromMagicBytes() {
    assertThat(ImageTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .isEqualTo("image/jpeg");
    assertThat(ImageTypes.sniff("GIF89a...".getBytes())).isEqualTo("image/gif");
    assertThat(ImageTypes.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes())).isEqualTo("image/webp");
    assertThat(ImageTypes.sniff("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>".getBytes()))
        .isEqualTo("image/svg+xml");
    assertThat(ImageTypes.sniff("plain text".getBytes())).isNull();
  }
}
