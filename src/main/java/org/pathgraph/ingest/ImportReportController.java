package org.pathgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.api.BadRequestException;
import org.pathgraph.api.NotAllowedException;
import org.pathgraph.api.Role;
import org.pathgraph.ingest.check.ImportSummary;
import org.pathgraph.neo4j.RequestDeadline;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code importReport} query (the last import's report as the graph keeps it) and the {@code
 * importContent} mutation, both for admins only.
 */
@Controller
class ImportReportController {

  private final Importer importer;
  private final PathgraphProperties properties;
  private final ImportStatus status;

  ImportReportController(Importer importer, PathgraphProperties properties, ImportStatus status) {
    this.importer = importer;
    this.properties = properties;
    this.status = status;
  }

  /** A value with how often it occurs, for the GraphQL type {@code Count}. */
  record Count(String value, int count) {}

  @QueryMapping
  ImportReport importReport(Role role) {
    NotAllowedException.requireAdmin(role, "importReport");
    return importer.lastReport();
  }

  /**
   * Re-imports {@code pathgraph.content.dir} now. The importer's lock in the database keeps it to
   * one import at a time, also across instances; a second call meanwhile is refused. An import may
   * take minutes on real content, so it runs outside the request's timeout.
   */
  @MutationMapping
  ImportPayload importContent(Role role) {
    NotAllowedException.requireAdmin(role, "importContent");
    if (!properties.content().importAtStartup()) {
      throw new BadRequestException(
          "no content directory is configured (pathgraph.content.dir), nothing to import");
    }
    ImportReport report =
        RequestDeadline.without(() -> importer.importTree(Path.of(properties.content().dir())));
    return new ImportPayload(report);
  }

  @SchemaMapping(typeName = "ImportSummary")
  List<Count> objectsByLanguage(ImportSummary summary) {
    return counts(summary.objectsByLanguage());
  }

  @SchemaMapping(typeName = "ImportSummary")
  List<Count> objectsByContentType(ImportSummary summary) {
    return counts(summary.objectsByContentType());
  }

  private static List<Count> counts(Map<String, Integer> map) {
    return map.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Count(e.getKey(), e.getValue()))
        .toList();
  }
}
