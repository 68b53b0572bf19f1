package org.pathgraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pathgraph.ingest.Fixtures.object;
import static org.pathgraph.ingest.Fixtures.problemsOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.Fixtures;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.check.ImportSummary;

class ObjectFileTests {

  private static ContentSnapshot snapshot;

  @BeforeAll
  static void readTree() {
    snapshot = new ContentReader().read(Fixtures.tree());
  }

  @Test
  void yamlSyntaxErrorRejectsTheFileWithItsLine() {
    assertRejected("yaml_syntax", "YAML_SYNTAX");
    assertThat(errorOf("yaml_syntax").message()).contains("line ");
  }

  @Test
  void aliasBombIsRefusedBeforeItExpands() {
    assertRejected("alias_bomb", "YAML_LIMIT");
    assertThat(errorOf("alias_bomb").message()).contains("aliases");
  }

  @Test
  void frontMatterThatIsAListIsRejected() {
    assertRejected("list_front_matter", "NOT_A_MAPPING");
    assertThat(errorOf("list_front_matter").message()).contains("got a list");
  }

  @Test
  void versionWrittenAsTextOfAnIntegerIsTheInteger() {
    assertThat(object(snapshot, "version_text/nl/3")).isPresent();
    assertThat(problemsOf(snapshot, file("version_text"))).isEmpty();
  }

  @Test
  void versionThatIsNotAnIntegerRejectsTheFileNamingTheValue() {
    assertRejected("version_3a", "BAD_VALUE");
    assertThat(errorOf("version_3a").field()).isEqualTo("version");
    assertThat(errorOf("version_3a").message())
        .isEqualTo("'version' must be an integer, got \"3a\"");
  }

  @Test
  void missingHruidRejectsTheFile() {
    assertRejected("no_hruid", "MISSING_FIELD");
    assertThat(errorOf("no_hruid").field()).isEqualTo("hruid");
  }

  @Test
  void unknownContentTypeRejectsTheFile() {
    assertRejected("unknown_type", "UNKNOWN_CONTENT_TYPE");
    assertThat(errorOf("unknown_type").message()).endsWith("got \"video/mp4\"");
  }

  @Test
  void languageThatIsNotATwoLetterCodeRejectsTheFile() {
    assertRejected("bad_language", "BAD_VALUE");
    assertThat(errorOf("bad_language").field()).isEqualTo("language");
  }

  @Test
  void duplicateYamlKeyRejectsTheFile() {
    assertRejected("yaml_duplicate_key", "DUPLICATE_KEY");
    assertThat(errorOf("yaml_duplicate_key").field()).isEqualTo("hruid");
  }

  @Test
  void fileWithoutFrontMatterIsRejected() {
    assertRejected("no_front_matter", "NO_FRONT_MATTER");
  }

  @Test
  void emptyFileIsRejected() {
    assertRejected("empty", "EMPTY_FILE");
  }

  @Test
  void binaryBytesNamedIndexMdAreRejected() {
    assertRejected("binary", "BINARY_FILE");
  }

  @Test
  void wrongTypesAndRangesOfOtherFieldsAreWarningsAndTheObjectIsImported() {
    ObjectSource object = object(snapshot, "lenient_fields/nl/1").orElseThrow();
    assertThat(object.object().targetAges()).isEmpty();
    assertThat(object.object().difficulty()).isNull();
    assertThat(object.object().estimatedTime()).isNull();
    assertThat(object.object().teacherExclusive()).isTrue();
    assertThat(object.object().available()).isTrue();
    assertThat(object.object().title()).isNull();
    assertThat(object.object().keywords()).containsExactly("just one");
    assertThat(object.object().conceptUris())
        .containsExactly("http://example.org/c1", "http://example.org/c2");
    assertThat(object.goals()).containsExactly(new GoalRef("S", "7"));
    assertThat(problemsOf(snapshot, file("lenient_fields")))
        .allMatch(p -> p.severity() == Severity.WARNING)
        .extracting(ImportProblem::field, ImportProblem::code)
        .containsExactlyInAnyOrder(
            tuple("title", "MISSING_FIELD"),
            tuple("keywords", "BAD_TYPE"),
            tuple("target_ages", "BAD_TYPE"),
            tuple("difficulty", "OUT_OF_RANGE"),
            tuple("estimated_time", "BAD_TYPE"),
            tuple("teacher_exclusive", "BAD_TYPE"),
            tuple("skos_concepts", "CONCEPT_AS_LINK"),
            tuple("educational_goals", "BAD_VALUE"));
  }

  @Test
  void targetAgesGivenAsTextIsAWarningNamingTheValue() {
    assertThat(problemsOf(snapshot, file("lenient_fields")))
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("target_ages");
              assertThat(p.message()).contains("\"10-12\"");
            });
  }

  @Test
  void byteOrderMarkBlankLinesCrlfAndDotsClosingAreAccepted() {
    ObjectSource object = object(snapshot, "bom_crlf/nl/1").orElseThrow();
    assertThat(object.object().teacherExclusive()).isTrue();
    assertThat(object.object().markdown()).isEqualTo("Some text.\n");
    assertThat(problemsOf(snapshot, file("bom_crlf"))).isEmpty();
  }

  @Test
  void metadataObjectTakesItsContentFromTheFileMatchingItsType() {
    ObjectSource object = object(snapshot, "meta_asset/nl/1").orElseThrow();
    assertThat(object.object().contentFile()).isEqualTo("learning_objects/meta_asset/program.xml");
    assertThat(object.object().markdown()).startsWith("<xml>");
    assertThat(object.object().folder()).isEqualTo("learning_objects/meta_asset");
    assertThat(object.sourceFile()).isEqualTo("learning_objects/meta_asset/metadata.md");
  }

  @Test
  void metadataYamlObjectWithBinaryContentHasNoBody() {
    ObjectSource object = object(snapshot, "meta_yaml/en/2").orElseThrow();
    assertThat(object.object().contentFile()).isEqualTo("learning_objects/meta_yaml/sound.mp3");
    assertThat(object.object().markdown()).isNull();
  }

  @Test
  void contentHashCoversTheObjectFileAndItsContentFile() throws IOException {
    Path root = Fixtures.tree();
    var digest = Values.sha256();
    digest.update(Files.readAllBytes(root.resolve("learning_objects/meta_yaml/metadata.yaml")));
    digest.update(Files.readAllBytes(root.resolve("learning_objects/meta_yaml/sound.mp3")));
    assertThat(object(snapshot, "meta_yaml/en/2").orElseThrow().object().contentHash())
        .isEqualTo(Values.hex(digest));
  }

  @Test
  void rejectedFilesAreListedWithTheirFirstErrorCode() {
    assertThat(snapshot.rejectedFiles())
        .contains(file("yaml_syntax"), file("binary"), "learning_paths/bad_json.json");
    assertThat(snapshot.summary().objectFilesRejected()).isEqualTo(11);
    assertThat(snapshot.summary().rejected())
        .contains(new ImportSummary.RejectedFile(file("version_3a"), "BAD_VALUE"));
    assertThat(snapshot.objects())
        .noneMatch(o -> snapshot.rejectedFiles().contains(o.sourceFile()));
  }

  @Test
  void fileLargerThanTheLimitIsRejectedUnread(@TempDir Path root) throws IOException {
    Path file = root.resolve("learning_objects/huge/index.md");
    Files.createDirectories(file.getParent());
    byte[] line =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          "---\nhruid: huge\nversion: 1\nlanguage: nl\ncontent_type: text/markdown\n---\n"
              .getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }

    ContentSnapshot huge = new ContentReader().read(root);

    assertThat(huge.objects()).isEmpty();
    assertThat(huge.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("FILE_TOO_LARGE");
              assertThat(p.severity()).isEqualTo(Severity.ERROR);
              assertThat(p.file()).isEqualTo("learning_objects/huge/index.md");
            });
  }

  @Test
  void invalidUtf8IsRejected(@TempDir Path root) throws IOException {
    Path file = root.resolve("learning_objects/latin1/index.md");
    Files.createDirectories(file.getParent());
    byte[] text = "---\nhruid: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, text);

    assertThat(new ContentReader().read(root).problems())
        .extracting(ImportProblem::code)
        .containsExactly("INVALID_UTF8");
  }

  private static String file(String folder) {
    return "learning_objects/" + folder + "/index.md";
  }

  private static ImportProblem errorOf(String folder) {
    return problemsOf(snapshot, file(folder)).stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .findFirst()
        .orElseThrow();
  }

  private static void assertRejected(String folder, String code) {
    List<ImportProblem> problems = problemsOf(snapshot, file(folder));
    assertThat(problems).extracting(ImportProblem::code).contains(code);
    assertThat(errorOf(folder).code()).isEqualTo(code);
    assertThat(snapshot.rejectedFiles()).contains(file(folder));
    assertThat(snapshot.objects()).noneMatch(o -> o.sourceFile().equals(file(folder)));
  }

  @Test
  void hugeArraysAreCutAndTheirFloodOfProblemsIsCapped(@TempDir Path root) throws IOException {
    Path folder = Files.createDirectories(root.resolve("learning_objects/arrays"));
    StringBuilder keywords = new StringBuilder();
    StringBuilder ages = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      keywords.append(i == 0 ? "" : ", ").append("k").append(i);
      ages.append(i == 0 ? "" : ", ").append("[x]");
    }
    Files.writeString(
        folder.resolve("index.md"),
        "---\nhruid: arrays\nlanguage: en\nversion: 1\ntitle: Arrays\ndescription: d\n"
            + "content_type: text/markdown\nkeywords: ["
            + keywords
            + "]\ntarget_ages: ["
            + ages
            + "]\n---\nBody\n");

    ContentSnapshot snapshot = new ContentReader().read(root);
    ObjectSource object = object(snapshot, "arrays/en/1").orElseThrow();
    assertThat(object.object().keywords()).hasSize(FrontMatterFields.MAX_ITEMS);
    List<ImportProblem> problems = problemsOf(snapshot, "learning_objects/arrays/index.md");
    assertThat(problems).hasSizeLessThanOrEqualTo(FileProblems.MAX_PROBLEMS + 1);
    assertThat(problems)
        .extracting(ImportProblem::code)
        .contains("TOO_MANY_ITEMS", "BAD_TYPE", "TOO_MANY_PROBLEMS");
  }
}
