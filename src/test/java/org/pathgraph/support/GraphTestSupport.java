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

  /** A fresh directory for an embedded database. */
  public static String freshDataDir(String name) {
    try {
      return Files.createTempDirectory("pathgraph-" + name + "-").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
