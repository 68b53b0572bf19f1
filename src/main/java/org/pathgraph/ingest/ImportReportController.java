package org.pathgraph.ingest;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code importReport} query: the last import's report as the graph keeps it. */
@Controller
class ImportReportController {

  private final Importer importer;

  ImportReportController(Importer importer) {
    this.importer = importer;
  }

  /** A value with how often it occurs, for the GraphQL type {@code Count}. */
  record Count(String value, int count) {}

  @QueryMapping
  ImportReport importReport() {
    return importer.lastReport();
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
