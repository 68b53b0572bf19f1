package org.pathgraph.cli;

import com.nimbusds.jwt.SignedJWT;
import java.io.PrintStream;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.pathgraph.security.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

/** {@code token --role R}: a bearer token signed with the server's local secret. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Prints a bearer token for the role, signed with the local secret: the setting"
          + " --pathgraph.security.jwt.secret=..., or the environment variable"
          + " PATHGRAPH_JWT_SECRET (the same secret the server uses).",
      "For development and tests; a real deployment takes tokens from its identity provider."
    },
    exitCodeListHeading = Cli.EXIT_HEADING,
    exitCodeList = {"0:the token was printed", Cli.EXIT_USAGE})
final class TokenCli implements Callable<Integer> {

  private final PrintStream out;
  private final Function<String, String> env;

  @Spec CommandSpec spec;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "TEACHER, ADMIN or LEARNER")
  String role;

  @Option(
      names = "--ttl",
      defaultValue = "1h",
      paramLabel = "DURATION",
      description =
          "how long the token is valid: 30m, 1h, 2d or ISO-8601 (default: ${DEFAULT-VALUE})")
  String ttl;

  @Option(names = "--json", description = "print {\"token\", \"role\", \"expiresAt\"} as JSON")
  boolean json;

  @Unmatched List<String> settings = new ArrayList<>();

  TokenCli(PrintStream out, Function<String, String> env) {
    this.out = out;
    this.env = env;
  }

  @Override
  public Integer call() throws ParseException {
    Settings.check(spec, settings);
    String secret = Settings.value(settings, "pathgraph.security.jwt.secret");
    if (isBlank(secret)) {
      secret = env.apply("PATHGRAPH_JWT_SECRET");
    }
    if (isBlank(secret)) {
      secret = env.apply("PATHGRAPH_SECURITY_JWT_SECRET");
    }
    if (isBlank(secret)) {
      spec.commandLine()
          .getErr()
          .println(
              "no secret: pass --pathgraph.security.jwt.secret=... or set PATHGRAPH_JWT_SECRET,"
                  + " the same secret the server uses");
      return 2;
    }
    String token;
    try {
      token = Tokens.mint(secret, role, Tokens.ttl(ttl));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("token", token);
      doc.put("role", role.toUpperCase(Locale.ROOT));
      doc.put(
          "expiresAt",
          SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant().toString());
      out.println(JsonMapper.builder().build().writeValueAsString(doc));
    } else {
      out.println(token);
    }
    return 0;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
