package org.pathgraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathgraph.ingest.Fixtures;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.support.ContentTrees;

/**
 * A re-read with the parse memo parses only what changed and reads exactly what a fresh read does.
 */
class ParseMemoTests {

  @TempDir Path dir;

  private Path tree() throws IOException {
    Path tree = dir.resolve("tree");
    ContentTrees.copy(Fixtures.tree(), tree);
    return tree;
  }

  private static ContentSnapshot read(Path tree, ParseMemo memo) {
    return new ContentReader(ContentReader.DEFAULT_MAX_FILE_BYTES, memo).read(tree);
  }

  private static void assertSameAsFreshRead(ContentSnapshot memoised, Path tree) {
    ContentSnapshot fresh = new ContentReader().read(tree);
    assertThat(memoised.objects()).isEqualTo(fresh.objects());
    // Path files are parsed every time; their records hold arrays, so compare their content.
    assertThat(memoised.paths())
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(fresh.paths());
    assertThat(memoised.problems()).isEqualTo(fresh.problems());
    assertThat(memoised.summary()).isEqualTo(fresh.summary());
  }

  @Test
  void anUnchangedTreeIsTakenWholeFromTheMemo() throws IOException {
    Path tree = tree();
    ParseMemo memo = new ParseMemo();
    ContentSnapshot first = read(tree, memo);
    assertThat(memo.hits()).isZero();
    ContentSnapshot second = read(tree, memo);
    assertThat(memo.hits()).isPositive();
    assertThat(second.objects()).isEqualTo(first.objects());
    assertSameAsFreshRead(second, tree);
  }

  @Test
  void changedFilesAndContentFilesAreParsedAgain() throws IOException {
    Path tree = tree();
    ParseMemo memo = new ParseMemo();
    read(tree, memo);
    long all = memo.hits();
    read(tree, memo);
    all = memo.hits();

    // An index.md edited: its new text is read.
    Path index = tree.resolve("learning_objects/bom_crlf/index.md");
    Files.writeString(
        index,
        Files.readString(index, StandardCharsets.UTF_8) + "\nNew paragraph.\n",
        StandardCharsets.UTF_8);
    // The content file of a metadata.yaml object replaced with one of the same size: the folder's
    // modification times tell.
    Path sound = tree.resolve("learning_objects/meta_yaml/sound.mp3");
    byte[] bytes = Files.readAllBytes(sound);
    bytes[bytes.length - 1] ^= 1;
    Files.write(sound, bytes);
    Files.setLastModifiedTime(sound, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    ContentSnapshot third = read(tree, memo);
    assertThat(memo.hits()).isEqualTo(all - 2);
    assertThat(
            third.objects().stream()
                .anyMatch(
                    o ->
                        o.object().markdown() != null
                            && o.object().markdown().contains("New paragraph")))
        .isTrue();
    assertSameAsFreshRead(third, tree);
  }

  @Test
  void deletedFilesAreForgottenAndAnotherTreeStartsAfresh() throws IOException {
    Path tree = tree();
    ParseMemo memo = new ParseMemo();
    read(tree, memo);
    Path gone = tree.resolve("learning_objects/bom_crlf");
    try (var files = Files.walk(gone)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    ContentSnapshot after = read(tree, memo);
    assertSameAsFreshRead(after, tree);

    Path other = dir.resolve("other");
    ContentTrees.copy(Fixtures.tree(), other);
    read(other, memo);
    assertThat(memo.hits()).as("a different root shares nothing").isZero();
  }

  @Test
  void bodiesBeyondTheBudgetAreParsedEveryTime() throws IOException {
    Path tree = tree();
    ParseMemo unbounded = new ParseMemo();
    read(tree, unbounded);
    read(tree, unbounded);
    ParseMemo none = new ParseMemo(0);
    read(tree, none);
    ContentSnapshot second = read(tree, none);
    // Only what has no body fits a budget of nothing: objects with a body are parsed again.
    assertThat(second.objects().stream().filter(o -> o.object().markdown() != null)).isNotEmpty();
    assertThat(none.hits()).isLessThan(unbounded.hits());
    assertSameAsFreshRead(second, tree);
  }
}
