package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTests {

  @Test
  void textOutputListsEveryProblemAndASummaryAndFailsOnErrors() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = ValidateCommand.run(Fixtures.tree(), false, print(bytes));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(exit).isEqualTo(1);
    assertThat(output)
        .contains(
            "learning_objects/version_3a/index.md:version: ERROR BAD_VALUE"
                + " 'version' must be an integer, got \"3a\"\n")
        .contains("learning_objects/dup/a-third/index.md:: WARNING DUPLICATE_OBJECT_KEY");
    assertThat(output.lines().toList().get((int) output.lines().count() - 1))
        .startsWith("7 of 20 object files and 2 of 5 path files imported; 13 rejected;");
  }

  @Test
  void jsonOutputIsOneObjectWithSummaryAndProblems() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidateCommand.run(Fixtures.tree(), true, print(bytes));
    JsonNode json = JsonMapper.builder().build().readTree(bytes.toString(StandardCharsets.UTF_8));

    assertThat(json.propertyNames()).containsExactly("summary", "problems");
    assertThat(json.get("summary").get("rejected").isArray()).isTrue();
    assertThat(json.get("summary").get("rejected").get(0).propertyNames())
        .containsExactly("file", "code");
    assertThat(json.get("problems").get(0).propertyNames())
        .containsExactly("severity", "code", "file", "field", "message");
  }

  @Test
  void cleanTreeExitsWithZero(@TempDir Path root) throws Exception {
    Path file = root.resolve("learning_objects/ok/index.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\nhruid: ok\nversion: 1\nlanguage: nl\ntitle: Ok\ndescription: Fine\n"
            + "content_type: text/markdown\n---\nHello\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    assertThat(ValidateCommand.run(root, false, print(bytes))).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "1 of 1 object files and 0 of 0 path files imported; 0 rejected; 0 errors,"
                + " 0 warnings\n");
  }

  @Test
  void directoryWithoutContentFoldersIsNamed(@TempDir Path root) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(ValidateCommand.run(root, false, print(bytes))).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("no learning_objects/ or learning_paths/ folder in " + root + "\n");
  }

  @Test
  void missingDirectoryIsNamed(@TempDir Path root) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(ValidateCommand.run(root.resolve("nope"), false, print(bytes))).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("not a directory: ");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
