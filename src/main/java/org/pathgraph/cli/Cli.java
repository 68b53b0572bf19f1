package org.pathgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands of {@code java -jar pathgraph.jar COMMAND} (picocli): {@code validate}, {@code
 * import} and {@code token}, each with {@code --help}. Exit codes: 0 no ERROR, 1 the tree has ERROR
 * problems, 2 bad usage or the command could not run.
 */
public final class Cli {

  static final String EXIT_HEADING = "%nExit codes:%n";
  static final String EXIT_OK = "0:no ERROR problem (warnings allowed)";
  static final String EXIT_ERRORS = "1:the content tree has ERROR problems";
  static final String EXIT_USAGE =
      "2:bad usage, or the command could not run (no such directory, database unreachable,"
          + " another import holds the lock, ...)";

  private Cli() {}

  /** True when {@code args} name a command (or ask for help) rather than server settings. */
  public static boolean isCommand(String[] args) {
    return args.length > 0
        && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
  }

  /** Runs the command in {@code args}, printing to {@code out} and {@code err}; the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System::getenv);
  }

  static int run(String[] args, PrintStream out, PrintStream err, Function<String, String> env) {
    CommandLine cli =
        new CommandLine(new Pathgraph())
            .addSubcommand(new ValidateCli(out))
            .addSubcommand(new ImportCli(out, err))
            .addSubcommand(new TokenCli(out, env))
            .addSubcommand(new CommandLine.HelpCommand());
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    // A command that throws could not run: that is 2, like a usage error, never a stack trace.
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          err.println(line.getCommandName() + " failed: " + e.getMessage());
          return 2;
        });
    return cli.execute(args);
  }

  @Command(
      name = "java -jar pathgraph.jar",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      synopsisSubcommandLabel = "COMMAND",
      description = {
        "Pathgraph's command-line tools. Without a command, the jar starts the server.",
        "Every command accepts server settings as --name=value"
            + " (for example --pathgraph.embedded.data-dir=...)."
      },
      exitCodeListHeading = EXIT_HEADING,
      exitCodeList = {EXIT_OK, EXIT_ERRORS, EXIT_USAGE})
  static final class Pathgraph implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }
  }
}
