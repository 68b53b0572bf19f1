package org.pathgraph.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.ingest.parse.PathSource;

/** The hand-made content tree under {@code src/test/resources/ingest/tree} and helpers on it. */
public final class Fixtures {

  private Fixtures() {}

  public static Path tree() {
    try {
      return Path.of(Fixtures.class.getResource("/ingest/tree").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<ImportProblem> problemsOf(ContentSnapshot snapshot, String file) {
    return snapshot.problems().stream().filter(p -> p.file().equals(file)).toList();
  }

  public static Optional<ObjectSource> object(ContentSnapshot snapshot, String key) {
    return snapshot.objects().stream().filter(o -> o.key().equals(key)).findFirst();
  }

  public static Optional<PathSource> path(ContentSnapshot snapshot, String key) {
    return snapshot.paths().stream().filter(p -> p.key().equals(key)).findFirst();
  }
}
