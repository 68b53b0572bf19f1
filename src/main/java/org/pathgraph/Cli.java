package org.pathgraph;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathgraph.ingest.ImportInProgressException;
import org.pathgraph.ingest.ImportReport;
import org.pathgraph.ingest.Importer;
import org.pathgraph.ingest.ValidateCommand;
import org.pathgraph.security.Tokens;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands of {@code java -jar pathgraph.jar COMMAND}: {@code validate <dir> [--json]} checks a
 * content tree without a database; {@code import <dir> [--json]} imports it into the configured
 * database; {@code token --role R [--ttl 1h]} mints a bearer token with the local secret. They
 * accept the server's settings as {@code --name=value}. Exit codes: 0 no error, 1 the tree has
 * ERROR problems, 2 bad usage or the command could not run.
 */
final class Cli {

  private static final String USAGE =
      """
      usage: java -jar pathgraph.jar validate <content-dir> [--json]
             java -jar pathgraph.jar import <content-dir> [--json] [--name=value ...]
             java -jar pathgraph.jar token --role TEACHER|ADMIN [--ttl 1h]
                 (signs with --pathgraph.security.jwt.secret=... or env PATHGRAPH_JWT_SECRET)
             java -jar pathgraph.jar            (starts the server)
      exit codes: 0 no ERROR, 1 ERROR problems found, 2 bad usage or import failed""";

  private Cli() {}

  static boolean isCommand(String[] args) {
    return args.length > 0 && !args[0].startsWith("-");
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args[0];
    List<String> positional = new ArrayList<>();
    List<String> settings = new ArrayList<>();
    boolean json = false;
    String role = null;
    String ttl = "1h";
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--role") || a.equals("--ttl")) && i + 1 < args.length) {
        if (a.equals("--role")) {
          role = args[++i];
        } else {
          ttl = args[++i];
        }
      } else if (a.equals("--json")) {
        json = true;
      } else if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else if (a.startsWith("--") && a.contains("=")) {
        settings.add(a);
      } else if (a.startsWith("-")) {
        err.println("unknown option " + a + "\n" + USAGE);
        return 2;
      } else {
        positional.add(a);
      }
    }
    if (command.equals("token")) {
      return token(role, ttl, settings, out, err);
    }
    if (!command.equals("validate") && !command.equals("import")) {
      err.println("unknown command '" + command + "'\n" + USAGE);
      return 2;
    }
    if (positional.size() != 1) {
      err.println(command + " takes exactly one content directory\n" + USAGE);
      return 2;
    }
    Path dir = Path.of(positional.get(0));
    if (!Files.isDirectory(dir)) {
      err.println("not a directory: " + dir);
      return 2;
    }
    if (command.equals("validate")) {
      return ValidateCommand.run(dir, json, out);
    }
    return importTree(dir, json, settings, out, err);
  }

  private static int token(
      String role, String ttl, List<String> settings, PrintStream out, PrintStream err) {
    if (role == null) {
      err.println("token needs --role TEACHER or --role ADMIN\n" + USAGE);
      return 2;
    }
    String secret = System.getenv("PATHGRAPH_JWT_SECRET");
    if (secret == null || secret.isBlank()) {
      secret = System.getenv("PATHGRAPH_SECURITY_JWT_SECRET");
    }
    for (String s : settings) {
      if (s.startsWith("--pathgraph.security.jwt.secret=")) {
        secret = s.substring(s.indexOf('=') + 1);
      }
    }
    if (secret == null || secret.isBlank()) {
      err.println(
          "no secret: pass --pathgraph.security.jwt.secret=... or set PATHGRAPH_JWT_SECRET, the"
              + " same secret the server uses");
      return 2;
    }
    try {
      out.println(Tokens.mint(secret, role, Tokens.ttl(ttl)));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  private static int importTree(
      Path dir, boolean json, List<String> settings, PrintStream out, PrintStream err) {
    List<String> springArgs = new ArrayList<>(settings);
    // The command imports the tree it names, not the one configured for start-up.
    springArgs.add("--pathgraph.content.dir=");
    springArgs.add("--spring.main.banner-mode=off");
    SpringApplication app = new SpringApplication(PathgraphApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
      ImportReport report = context.getBean(Importer.class).importTree(dir);
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("summary", report.summary());
        doc.put("problems", report.problems());
        doc.put("changes", report.changes());
        out.println(
            JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(doc));
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
      return report.errorCount() > 0 ? 1 : 0;
    } catch (ImportInProgressException e) {
      err.println(e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("import failed: " + e.getMessage());
      return 2;
    }
  }
}
