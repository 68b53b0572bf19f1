package org.pathgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared locations for tests. */
public final class GraphTestSupport {

  private GraphTestSupport() {}

  /** The read-only sample beside the repo, present in CI and absent on a fresh clone. */
  public static final Path SAMPLE = Path.of("..", "shared", "dwengo-sample");

  /** A fresh directory for an embedded database, deleted (best effort) when the JVM exits. */
  public static String freshDataDir(String name) {
    try {
      Path dir = Files.createTempDirectory("pathgraph-" + name + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      return dir.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    // The database may still be closing in its own shutdown hook: what cannot go now stays.
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }
}
