package org.pathgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the build's version and commit, as {@code /actuator/info} shows them. */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties build = load("/META-INF/build-info.properties");
    Properties git = load("/git.properties");
    String commit = git.getProperty("git.commit.id.abbrev");
    return new String[] {
      "pathgraph "
          + build.getProperty("build.version", "(unknown version)")
          + (commit == null ? "" : " (commit " + commit + ")")
    };
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
    }
    return p;
  }
}
