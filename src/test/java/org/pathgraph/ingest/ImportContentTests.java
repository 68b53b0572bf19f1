package org.pathgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code importContent} and {@code importReport}: admins only, one import at a time. */
class ImportContentTests extends DemoContextTests {

  private static final String IMPORT =
      "mutation { importContent { report { summary { objectsImported } changes {"
          + " objectsWritten objectsUnchanged } } } }";

  @Autowired Graph graph;

  @Test
  void onlyAdminsMayImportOrReadTheReport() {
    var anonymous = anonymous().post(IMPORT);
    assertThat((String) anonymous.read("$.errors[0].extensions.classification"))
        .isEqualTo("UNAUTHORIZED");
    assertThat((String) anonymous.read("$.errors[0].message")).contains("for admins only");
    var teacher = teacher().post(IMPORT);
    assertThat((String) teacher.read("$.errors[0].extensions.classification"))
        .isEqualTo("FORBIDDEN");
    var report = teacher().post("{ importReport { contentDir } }");
    assertThat((String) report.read("$.errors[0].extensions.classification"))
        .isEqualTo("FORBIDDEN");
    assertThat((Object) report.read("$.data.importReport")).isNull();
  }

  @Test
  void anAdminReimportsTheConfiguredContentIncrementally() {
    var r = admin().post(IMPORT);
    assertThat(r.body()).doesNotContain("errors");
    assertThat((Integer) r.read("$.data.importContent.report.summary.objectsImported"))
        .isEqualTo(12 + ContentTrees.LONG_PATH_NODES);
    // Nothing changed since start-up: nothing is written.
    assertThat((Integer) r.read("$.data.importContent.report.changes.objectsWritten")).isZero();
    assertThat(
            (String)
                admin()
                    .post("{ importReport { finishedAt } }")
                    .read("$.data.importReport.finishedAt"))
        .isNotBlank();
  }

  @Test
  void aSecondImportWhileOneRunsIsRefused() {
    // Another instance holds the database's import lock.
    Map<String, Object> lock = new java.util.HashMap<>();
    lock.put("holder", "another-instance");
    lock.put("lease", "PT1M");
    lock.put("dead", null);
    graph.write(Statement.ACQUIRE_LOCK, lock);
    try {
      var r = admin().post(IMPORT);
      assertThat((String) r.read("$.errors[0].message"))
          .contains("an import is already running")
          .contains("another-instance");
      assertThat((String) r.read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
    } finally {
      graph.write(Statement.RELEASE_LOCK, Map.of("holder", "another-instance"));
    }
    assertThat(admin().post(IMPORT).body()).doesNotContain("errors");
  }
}
