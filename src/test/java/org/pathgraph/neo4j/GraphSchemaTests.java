package org.pathgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pathgraph.support.DemoContextTests;
import org.springframework.beans.factory.annotation.Autowired;

/** The schema files apply again on a database that has them, changing nothing. */
class GraphSchemaTests extends DemoContextTests {

  @Autowired Driver driver;

  private List<String> indexes() {
    return driver
        .executableQuery(
            "SHOW INDEXES YIELD name, type, state RETURN name + ' ' + type + ' ' + state AS i ORDER BY i")
        .execute()
        .records()
        .stream()
        .map(r -> r.get("i").asString())
        .toList();
  }

  @Test
  void applyingTheSchemaTwiceIsANoOp() {
    List<String> before = indexes();
    assertThat(before).anySatisfy(i -> assertThat(i).startsWith("search_objects_nl FULLTEXT"));
    new GraphSchema(driver);
    assertThat(indexes()).isEqualTo(before).allSatisfy(i -> assertThat(i).endsWith("ONLINE"));
  }
}
