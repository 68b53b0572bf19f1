package org.pathgraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.check.ImportSummary;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Checks a content tree without importing it: the problems and summary an import would give. */
public final class ValidateCommand {

  // Record components in declaration order, so the summary reads like EXPECTED.json.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private ValidateCommand() {}

  /**
   * Reads {@code dir} and prints every problem as {@code file:field: SEVERITY CODE message} and a
   * summary line, or with {@code json} one object {@code {"summary": ..., "problems": [...]}}.
   *
   * @return 1 when any problem is an ERROR, 0 when there are none, 2 when {@code dir} is not a
   *     content tree
   */
  public static int run(Path dir, boolean json, PrintStream out) {
    ContentSnapshot snapshot;
    try {
      snapshot = new ContentReader().read(dir);
    } catch (IllegalArgumentException notContent) {
      out.println(notContent.getMessage());
      return 2;
    }
    long errors = snapshot.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    if (json) {
      out.println(toJson(snapshot));
    } else {
      snapshot.problems().forEach(p -> out.println(p.format()));
      ImportSummary s = snapshot.summary();
      out.println(
          s.objectsImported()
              + " of "
              + s.objectFiles()
              + " object files and "
              + s.pathsImported()
              + " of "
              + s.pathFiles()
              + " path files imported; "
              + s.rejected().size()
              + " rejected; "
              + errors
              + " errors, "
              + (snapshot.problems().size() - errors)
              + " warnings");
    }
    return errors > 0 ? 1 : 0;
  }

  static String toJson(ContentSnapshot snapshot) {
    ObjectNode root = JSON.createObjectNode();
    root.set("summary", JSON.valueToTree(snapshot.summary()));
    root.set("problems", JSON.valueToTree(snapshot.problems()));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
