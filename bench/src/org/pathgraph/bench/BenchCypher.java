package org.pathgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bench's own Cypher, {@code bench/cypher/<name>.cypher} on the classpath, comments out. */
public final class BenchCypher {

  private BenchCypher() {}

  public static String load(String name) {
    String resource = "bench/cypher/" + name + ".cypher";
    try (InputStream in = BenchCypher.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      StringBuilder out = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("//")) {
          out.append(line).append('\n');
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
