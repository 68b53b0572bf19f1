package org.pathgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathgraph.support.GraphTestSupport;
import org.pathgraph.support.Tokens4Tests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command's exit code, help and JSON output, as a script calling the jar sees them. */
class CliTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env::get);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Path fixtureTree() {
    try {
      return Path.of(CliTests.class.getResource("/ingest/tree").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void commandsAreRecognisedAndServerSettingsAreNot() {
    assertThat(Cli.isCommand(new String[] {"validate", "x"})).isTrue();
    assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
    assertThat(Cli.isCommand(new String[] {"--server.port=9000"})).isFalse();
    assertThat(Cli.isCommand(new String[] {})).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "import", "token"})
  void everyCommandHasHelpWithItsExitCodes(String command) {
    Run help = run(command, "--help");

    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .startsWith("Usage: java -jar pathgraph.jar " + command)
        .contains("Exit codes:")
        .contains("--json")
        .contains("2   bad usage");
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Run help = run("--help");

    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("validate").contains("import").contains("token");
    assertThat(run("help", "token").out()).startsWith("Usage: java -jar pathgraph.jar token");
  }

  @Test
  void misuseIsExitTwoWithAMessage() {
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    assertThat(run("frobnicate").err()).contains("Unmatched argument");
    assertThat(run("validate").err()).contains("Missing required parameter: '<content-dir>'");
    assertThat(run("validate", fixtureTree().toString(), "-x").exit()).isEqualTo(2);
    assertThat(run("validate", fixtureTree().toString(), "--bogus").err())
        .contains("unknown option or argument '--bogus'");
    assertThat(run("validate", "a", "b").exit()).isEqualTo(2);
  }

  @Test
  void validateExitsOneOnErrorsAndPrintsEveryProblem() {
    Run r = run("validate", fixtureTree().toString(), "--pathgraph.ignored=1");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("learning_objects/version_3a/index.md:version: ERROR BAD_VALUE")
        .contains("7 of 20 object files and 2 of 5 path files imported");
  }

  @Test
  void validateJsonIsOneDocument() {
    Run r = run("validate", "--json", fixtureTree().toString());

    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.propertyNames()).containsExactly("summary", "problems");
    assertThat(json.get("summary").get("objectsImported").asInt()).isEqualTo(7);
  }

  @Test
  void validateOfACleanTreeIsZeroAndOfNoDirectoryTwo(@TempDir Path root) throws Exception {
    Path file = root.resolve("learning_objects/ok/index.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\nhruid: ok\nversion: 1\nlanguage: nl\ntitle: Ok\ndescription: Fine\n"
            + "content_type: text/markdown\n---\nHello\n");

    assertThat(run("validate", root.toString()).exit()).isZero();
    Run missing = run("validate", root.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("not a directory: ");
  }

  @Test
  void tokenPrintsOnlyTheTokenSignedForTheRole() throws Exception {
    Run r =
        run(
            "token",
            "--role",
            "TEACHER",
            "--ttl",
            "1h",
            "--pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET);

    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().toList()).hasSize(1);
    SignedJWT jwt = SignedJWT.parse(r.out().strip());
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("TEACHER");
  }

  @Test
  void tokenTakesTheSecretFromTheEnvironment() {
    Run r = run(Map.of("PATHGRAPH_JWT_SECRET", Tokens4Tests.SECRET), "token", "--role=admin");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("eyJ");
  }

  @Test
  void tokenJsonHasTheTokenRoleAndExpiry() {
    Run r =
        run(
            "token",
            "--role",
            "ADMIN",
            "--ttl",
            "30m",
            "--json",
            "--pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET);

    JsonNode json = JSON.readTree(r.out());
    assertThat(json.propertyNames()).containsExactly("token", "role", "expiresAt");
    assertThat(json.get("role").asString()).isEqualTo("ADMIN");
    assertThat(java.time.Instant.parse(json.get("expiresAt").asString()))
        .isBetween(
            java.time.Instant.now().plusSeconds(29 * 60),
            java.time.Instant.now().plusSeconds(31 * 60));
  }

  @Test
  void tokenMisuseIsExitTwo() {
    String secret = "--pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET;
    assertThat(run("token", secret).err()).contains("Missing required option: '--role=ROLE'");
    assertThat(run("token", "--role", "WIZARD", secret).err()).contains("unknown role 'WIZARD'");
    assertThat(run("token", "--role", "TEACHER", "--ttl", "soon", secret).exit()).isEqualTo(2);
    assertThat(run("token", "--role", "TEACHER", "--pathgraph.security.jwt.secret=short").exit())
        .isEqualTo(2);
    Run noSecret = run("token", "--role", "TEACHER");
    assertThat(noSecret.exit()).isEqualTo(2);
    assertThat(noSecret.err()).startsWith("no secret:");
  }

  @Test
  void importOfAMissingDirectoryIsTwoWithoutStartingTheServer() {
    Run r = run("import", "does/not/exist");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("not a directory: does/not/exist\n");
  }

  @Test
  void importWritesTheTreeWithAProgressBarAndJsonReport() {
    Run r =
        run(
            "import",
            fixtureTree().toString(),
            "--json",
            "--progress",
            "--pathgraph.embedded.data-dir=" + GraphTestSupport.freshDataDir("cli"));

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.propertyNames()).containsExactly("summary", "problems", "changes");
    assertThat(json.get("changes").get("objectsWritten").asInt()).isEqualTo(7);
    assertThat(json.get("changes").get("pathsWritten").asInt()).isEqualTo(2);
    // The bar of the writing stage ends at its total: 7 objects and 2 paths.
    List<String> writing = r.err().lines().filter(l -> l.contains("Writing")).toList();
    assertThat(writing).isNotEmpty();
    assertThat(r.err()).contains("Writing 100%").contains("9/9");
  }
}
