package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.parse.PathSource;

class DeterminismTests {

  @Test
  void readingTheFixtureTreeTwiceGivesIdenticalSnapshots() {
    assertSameTwice(Fixtures.tree());
  }

  @Test
  void readingTheSampleTwiceGivesIdenticalSnapshots() {
    Path sample = Path.of("..", "shared", "dwengo-sample");
    Assumptions.assumeTrue(Files.isDirectory(sample), "the shared Dwengo sample is absent");
    assertSameTwice(sample);
  }

  private static void assertSameTwice(Path root) {
    ContentSnapshot first = new ContentReader().read(root);
    ContentSnapshot second = new ContentReader().read(root);
    assertThat(second.objects()).containsExactlyElementsOf(first.objects());
    // Path images are byte arrays, which records compare by identity: compare their contents.
    assertThat(second.paths()).hasSameSizeAs(first.paths());
    for (int i = 0; i < first.paths().size(); i++) {
      PathSource a = first.paths().get(i);
      PathSource b = second.paths().get(i);
      assertThat(
              new PathSource(
                  b.hruid(),
                  b.language(),
                  b.title(),
                  b.description(),
                  null,
                  b.imageType(),
                  b.nodes(),
                  b.sourceFile(),
                  b.contentHash()))
          .isEqualTo(
              new PathSource(
                  a.hruid(),
                  a.language(),
                  a.title(),
                  a.description(),
                  null,
                  a.imageType(),
                  a.nodes(),
                  a.sourceFile(),
                  a.contentHash()));
      assertThat(b.image()).isEqualTo(a.image());
    }
    assertThat(second.summary()).isEqualTo(first.summary());
    assertThat(second.problems()).containsExactlyElementsOf(first.problems());
    assertThat(second.rejectedFiles()).containsExactlyElementsOf(first.rejectedFiles());
    assertThat(ValidateCommand.toJson(second)).isEqualTo(ValidateCommand.toJson(first));
  }
}
