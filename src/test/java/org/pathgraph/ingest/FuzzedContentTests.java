package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.neo4j.TestGraphs;

/**
 * Property tests over generated and mutated input: random front matter and path JSON, built from
 * the fields the reader knows and values of every YAML and JSON kind, then mutated byte by byte.
 * Whatever comes in, the reader returns (never throws), every problem names its file and a code,
 * and a file is either imported or rejected with an ERROR. A failure prints its seed; rerun with
 * {@code -Dpathgraph.fuzz.seed=...} to replay it.
 */
class FuzzedContentTests {

  // A fixed default keeps every build reproducible (CI must not turn red at random); pass
  // -Dpathgraph.fuzz.seed=<n> to explore other inputs.
  private static final long DEFAULT_SEED = 20261129L;

  private static final long SEED = Long.getLong("pathgraph.fuzz.seed", DEFAULT_SEED);
  private static final int TRIES = Integer.getInteger("pathgraph.fuzz.tries", 300);
  private static final String[] OBJECT_KEYS = {
    "hruid",
    "language",
    "version",
    "title",
    "description",
    "content_type",
    "keywords",
    "target_ages",
    "difficulty",
    "estimated_time",
    "teacher_exclusive",
    "available",
    "copyright",
    "licence",
    "return_value",
    "content_location",
    "aspect_ratio",
    "skos_concepts",
    "educational_goals",
    "x-unknown"
  };
  private static final String[] YAML_VALUES = {
    "x",
    "''",
    "\"\"",
    "null",
    "~",
    "true",
    "no",
    "0",
    "-1",
    "3",
    "99999999999999999999",
    "1e400",
    ".nan",
    "-.inf",
    "0x1F",
    "2020-01-01",
    "2020-01-01T10:00:00Z",
    "[]",
    "{}",
    "[1, two, 3.5]",
    "{a: 1, b: [x]}",
    "nl",
    "en",
    "text/markdown",
    "image/image",
    "extern",
    "!!binary aGVsbG8=",
    "&anchor [a, b]",
    "*anchor",
    "|\n  multi\n  line",
    ">\n  folded",
    "\"\\u0000\"",
    "\"\\t\"",
    "[{source: S, id: 1}, {source: [x]}]",
    "{callback_url: u, callback_schema: {a: 1}}",
    "'[u](http://example.org/c)'",
    "\"../../../../etc/passwd\"",
    "!!python/object:os.system x",
    "[[[[[[[[[[]]]]]]]]]]",
    "'\uD83D\uDE00 emoji'",
    "\"\u202Ertl\"",
    "''''''"
  };
  private static final String[] JSON_VALUES = {
    "null",
    "true",
    "false",
    "0",
    "-7",
    "1.5",
    "1e999",
    "\"\"",
    "\"x\"",
    "\"nl\"",
    "\"en\"",
    "[]",
    "{}",
    "[1, \"a\", null]",
    "{\"a\": [1, {\"b\": 2}]}",
    "\"$.submission[?(@ > 1)]\"",
    "\"$[\"",
    "\"true\"",
    "\"iVBORw0KGgo=\"",
    "\"data:image/png;base64,!!\"",
    "99999999999999999999"
  };
  private static final String[] PATH_KEYS = {
    "hruid", "language", "title", "description", "image", "nodes", "x"
  };
  private static final String[] NODE_KEYS = {
    "learningobject_hruid",
    "learningobject_id",
    "language",
    "version",
    "start_node",
    "instruction",
    "transitions",
    "x"
  };

  @Test
  void randomAndMutatedFrontMatterNeverCrashesTheReader(@TempDir Path root) throws IOException {
    Random random = new Random(SEED);
    Path file = Files.createDirectories(root.resolve("learning_objects/o")).resolve("index.md");
    Files.createDirectories(root.resolve("learning_paths"));
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = mutate(random, frontMatter(random).getBytes(StandardCharsets.UTF_8));
      Files.write(file, bytes);
      checkRead(root, "learning_objects/o/index.md", i);
    }
  }

  @Test
  void randomAndMutatedPathJsonNeverCrashesTheReader(@TempDir Path root) throws IOException {
    Random random = new Random(SEED + 1);
    Path file = Files.createDirectories(root.resolve("learning_paths")).resolve("p.json");
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = mutate(random, pathJson(random).getBytes(StandardCharsets.UTF_8));
      Files.write(file, bytes);
      checkRead(root, "learning_paths/p.json", i);
    }
  }

  @Test
  void randomObjectsThatTheReaderAcceptsAreWrittenWithoutAWriteFailure(@TempDir Path root)
      throws IOException {
    Random random = new Random(SEED + 2);
    Files.createDirectories(root.resolve("learning_paths"));
    int accepted = 0;
    for (int i = 0; i < 400 && accepted < 25; i++) {
      Path folder = Files.createDirectories(root.resolve("learning_objects/o" + i));
      String yaml = frontMatter(random);
      // Keys that parse, so most of these reach the graph.
      yaml =
          yaml.replaceFirst(
              "---\n",
              "---\nhruid: fz"
                  + i
                  + "\nlanguage: en\nversion: 1\n"
                  + "content_type: text/markdown\n");
      Files.writeString(folder.resolve("index.md"), yaml);
      ContentSnapshot snapshot = new ContentReader().read(root);
      String hruid = "fz" + i;
      if (snapshot.objects().stream().anyMatch(o -> o.object().hruid().equals(hruid))) {
        accepted++;
      } else {
        Files.delete(folder.resolve("index.md"));
      }
    }
    assertThat(accepted).isPositive();
    TestGraphs.clear();
    ImportReport report =
        new Importer(
                TestGraphs.graph(),
                new ImportStatus(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
                Importer.LOCK_LEASE)
            .importTree(root);
    assertThat(report.problems())
        .as("seed %d", SEED)
        .extracting(ImportProblem::code)
        .doesNotContain("WRITE_FAILED", "READ_FAILED");
    assertThat(report.changes().objectsWritten()).isEqualTo(accepted);
  }

  private static void checkRead(Path root, String file, int attempt) throws IOException {
    String description = "seed " + SEED + ", attempt " + attempt + ":\n" + readable(root, file);
    ContentSnapshot snapshot = new ContentReader().read(root);
    List<ImportProblem> problems = snapshot.problems();
    assertThat(problems)
        .as(description)
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(file);
              assertThat(p.code()).matches("[A-Z0-9_]+").isNotEqualTo("READ_FAILED");
              assertThat(p.message()).isNotBlank();
            });
    boolean imported = !snapshot.objects().isEmpty() || !snapshot.paths().isEmpty();
    boolean rejected =
        snapshot.rejectedFiles().contains(file)
            && problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    assertThat(imported ^ rejected).as(description).isTrue();
  }

  private static String readable(Path root, String file) throws IOException {
    String text = new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8);
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }

  private static String frontMatter(Random r) {
    StringBuilder yaml = new StringBuilder("---\n");
    int fields = r.nextInt(12);
    for (int i = 0; i < fields; i++) {
      yaml.append(pick(r, OBJECT_KEYS)).append(": ").append(pick(r, YAML_VALUES)).append('\n');
    }
    yaml.append(r.nextInt(10) == 0 ? "" : "---\n");
    yaml.append(r.nextBoolean() ? "# Body\n\nText ![x](@learning-object/a/nl/1) [p](../x)\n" : "");
    return yaml.toString();
  }

  private static String pathJson(Random r) {
    StringBuilder json = new StringBuilder("{");
    int fields = r.nextInt(7);
    for (int i = 0; i < fields; i++) {
      String key = pick(r, PATH_KEYS);
      json.append(i == 0 ? "" : ", ").append('"').append(key).append("\": ");
      json.append(key.equals("nodes") && r.nextBoolean() ? nodes(r) : pick(r, JSON_VALUES));
    }
    return json.append('}').toString();
  }

  private static String nodes(Random r) {
    List<String> nodes = new ArrayList<>();
    int count = r.nextInt(6);
    for (int i = 0; i < count; i++) {
      StringBuilder node = new StringBuilder("{");
      int fields = r.nextInt(6);
      for (int j = 0; j < fields; j++) {
        String key = pick(r, NODE_KEYS);
        node.append(j == 0 ? "" : ", ").append('"').append(key).append("\": ");
        if (key.equals("transitions") && r.nextBoolean()) {
          node.append("[{\"default\": ").append(pick(r, JSON_VALUES));
          node.append(", \"condition\": ").append(pick(r, JSON_VALUES));
          node.append(", \"next\": ")
              .append(
                  r.nextBoolean()
                      ? pick(r, JSON_VALUES)
                      : "{\"hruid\": "
                          + pick(r, JSON_VALUES)
                          + ", \"version\": "
                          + pick(r, JSON_VALUES)
                          + "}");
          node.append("}]");
        } else {
          node.append(pick(r, JSON_VALUES));
        }
      }
      nodes.add(node.append('}').toString());
    }
    return "[" + String.join(", ", nodes) + "]";
  }

  /** Leaves the input alone, or applies a few byte-level mutations an editor or a disk makes. */
  private static byte[] mutate(Random r, byte[] input) {
    byte[] bytes = input;
    int mutations = r.nextInt(4);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = r.nextInt(bytes.length);
      switch (r.nextInt(5)) {
        case 0 -> bytes[at] = (byte) r.nextInt(256); // a random byte (maybe NUL, maybe not UTF-8)
        case 1 -> { // a cut
          int end = Math.min(bytes.length, at + 1 + r.nextInt(20));
          byte[] cut = new byte[bytes.length - (end - at)];
          System.arraycopy(bytes, 0, cut, 0, at);
          System.arraycopy(bytes, end, cut, at, bytes.length - end);
          bytes = cut;
        }
        case 2 -> { // a YAML or JSON token inserted
          byte[] token =
              pick(
                      r,
                      new String[] {
                        ":", "- ", "&a ", "*a", "!!", "\"", "'", "{", "[", "]", "}", "\n", "\t",
                        ",", "#", "%", "@", "`", "\\", "---\n", "\u00e9"
                      })
                  .getBytes(StandardCharsets.UTF_8);
          byte[] grown = new byte[bytes.length + token.length];
          System.arraycopy(bytes, 0, grown, 0, at);
          System.arraycopy(token, 0, grown, at, token.length);
          System.arraycopy(bytes, at, grown, at + token.length, bytes.length - at);
          bytes = grown;
        }
        case 3 -> { // a line doubled
          String text = new String(bytes, StandardCharsets.ISO_8859_1);
          int start = text.lastIndexOf('\n', at) + 1;
          int end = text.indexOf('\n', at);
          String line = text.substring(start, end < 0 ? text.length() : end + 1);
          bytes =
              (text.substring(0, start) + line + text.substring(start))
                  .getBytes(StandardCharsets.ISO_8859_1);
        }
        default -> { // truncated, as a half-written file is
          bytes = java.util.Arrays.copyOf(bytes, at);
        }
      }
    }
    return bytes;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
