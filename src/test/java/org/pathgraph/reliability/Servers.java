package org.pathgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pathgraph.PathgraphApplication;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts application instances against an "external" database, as a deployment runs them. */
final class Servers {

  private Servers() {}

  /** A free TCP port on the loopback interface. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An application instance with embedded mode off, using the database at {@code boltUri}. */
  static ConfigurableApplicationContext start(URI boltUri, String contentDir, String... more) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--pathgraph.embedded.enabled=false");
    args.add("--spring.neo4j.uri=" + boltUri);
    args.add("--pathgraph.content.dir=" + contentDir);
    args.add("--pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET);
    // Each instance is its own application, not a test context to be cached.
    args.add("--spring.jmx.enabled=false");
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(PathgraphApplication.class)
        .run(args.toArray(String[]::new));
  }

  /**
   * Deletes a test's database or content folder once it is done with it: every embedded database
   * preallocates about 512 MB of transaction logs, and a shared disk fills up fast.
   */
  static void deleteTree(java.nio.file.Path root) {
    if (root == null || !java.nio.file.Files.exists(root)) {
      return;
    }
    try (var files = java.nio.file.Files.walk(root)) {
      for (var p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.out.println("Could not delete " + root + ": " + e);
    }
  }

  static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /** GET {@code path} on the instance: status and body. */
  static HttpResponse<String> get(int port, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
