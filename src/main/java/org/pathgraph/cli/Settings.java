package org.pathgraph.cli;

import java.util.List;
import picocli.CommandLine;

/** The server settings ({@code --name=value}) a command passes on; anything else is misuse. */
final class Settings {

  private Settings() {}

  static void check(CommandLine.Model.CommandSpec spec, List<String> unmatched) {
    for (String arg : unmatched) {
      if (!arg.matches("--[A-Za-z][\\w.\\-\\[\\]]*=.*")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "unknown option or argument '" + arg + "' (server settings are --name=value)");
      }
    }
  }

  /** The value of setting {@code name} in {@code unmatched}, the last one winning; or null. */
  static String value(List<String> unmatched, String name) {
    String value = null;
    for (String arg : unmatched) {
      if (arg.startsWith("--" + name + "=")) {
        value = arg.substring(name.length() + 3);
      }
    }
    return value;
  }
}
