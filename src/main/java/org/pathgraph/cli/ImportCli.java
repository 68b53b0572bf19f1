package org.pathgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pathgraph.PathgraphApplication;
import org.pathgraph.ingest.ImportProgress;
import org.pathgraph.ingest.ImportReport;
import org.pathgraph.ingest.Importer;
import org.pathgraph.ingest.lock.ImportInProgressException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code import <dir>}: imports a tree into the configured database, with a progress bar. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Imports a content tree into the configured database (embedded by default, or"
          + " --pathgraph.embedded.enabled=false --spring.neo4j.uri=...), incrementally: unchanged"
          + " files write nothing.",
      "Prints every problem and a summary; the progress bar goes to standard error."
    },
    exitCodeListHeading = Cli.EXIT_HEADING,
    exitCodeList = {Cli.EXIT_OK, Cli.EXIT_ERRORS, Cli.EXIT_USAGE})
final class ImportCli implements Callable<Integer> {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final PrintStream out;
  private final PrintStream err;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<content-dir>", description = "the content tree to import")
  Path dir;

  @Option(
      names = "--json",
      description =
          "print one JSON object {\"summary\": {...}, \"problems\": [...], \"changes\": {...}}")
  boolean json;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "show a progress bar on standard error (default: when it is a terminal;"
              + " --no-progress never)")
  Boolean progress;

  @Unmatched List<String> settings = new ArrayList<>();

  ImportCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Settings.check(spec, settings);
    if (!Files.isDirectory(dir)) {
      err.println("not a directory: " + dir);
      return 2;
    }
    List<String> springArgs = new ArrayList<>(settings);
    // The command imports the tree it names, not the one configured for start-up.
    springArgs.add("--pathgraph.content.dir=");
    SpringApplication app = new SpringApplication(PathgraphApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    // Quiet unless asked (--logging.level.root=INFO wins over a default property).
    app.setDefaultProperties(
        Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"));
    boolean showProgress = progress != null ? progress : stderrIsTerminal();
    // Logs go to standard error, so standard output carries only the report (JSON stays JSON).
    PrintStream stdout = System.out;
    System.setOut(err);
    try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new));
        ProgressBars bars = showProgress ? new ProgressBars(this::bar) : null) {
      ImportProgress listener = bars != null ? bars : ImportProgress.NONE;
      ImportReport report = context.getBean(Importer.class).importTree(dir, listener);
      if (bars != null) {
        bars.close();
      }
      print(report);
      return report.errorCount() > 0 ? 1 : 0;
    } catch (ImportInProgressException e) {
      err.println(e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("import failed: " + e.getMessage());
      return 2;
    } finally {
      System.setOut(stdout);
    }
  }

  private ProgressBarBuilder bar() {
    // Plain carriage-return redraws on our error stream: in place on a terminal, and no terminal
    // probing (which would need a console) when the output is redirected.
    return new ProgressBarBuilder()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .setConsumer(new ConsoleProgressBarConsumer(err, 100));
  }

  /**
   * True when standard error is a terminal. {@code System.console()} needs standard output to be
   * one too, which {@code import --json > report.json} is not; on Linux /proc tells about fd 2.
   */
  private static boolean stderrIsTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private void print(ImportReport report) {
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("summary", report.summary());
      doc.put("problems", report.problems());
      doc.put("changes", report.changes());
      out.println(JSON.writeValueAsString(doc));
    } else {
      report.problems().forEach(p -> out.println(p.format()));
      out.printf(
          "%d objects, %d paths imported; %d problems (%d errors); changes: %s%n",
          report.summary().objectsImported(),
          report.summary().pathsImported(),
          report.problems().size(),
          report.errorCount(),
          report.changes());
    }
  }
}
