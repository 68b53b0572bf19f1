package org.pathgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pathgraph.ingest.ValidateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code validate <dir>}: the problems an import would find, without a database. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks a content tree (learning_objects/, learning_paths/) without a database.",
      "Prints every problem as file:field: SEVERITY CODE message, then a summary line."
    },
    exitCodeListHeading = Cli.EXIT_HEADING,
    exitCodeList = {Cli.EXIT_OK, Cli.EXIT_ERRORS, Cli.EXIT_USAGE})
final class ValidateCli implements Callable<Integer> {

  private final PrintStream out;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<content-dir>", description = "the content tree to check")
  Path dir;

  @Option(
      names = "--json",
      description = "print one JSON object {\"summary\": {...}, \"problems\": [...]}")
  boolean json;

  @Unmatched List<String> settings = new ArrayList<>();

  ValidateCli(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    Settings.check(spec, settings);
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("not a directory: " + dir);
      return 2;
    }
    return ValidateCommand.run(dir, json, out);
  }
}
