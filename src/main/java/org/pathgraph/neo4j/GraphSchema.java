package org.pathgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/*.cypher} (constraints before indexes, every statement idempotent)
 * before anything reads or writes: beans that write depend on this one.
 */
@Component
public class GraphSchema {

  private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

  GraphSchema(Driver driver) {
    int applied = 0;
    for (String statement : statements()) {
      driver.executableQuery(statement).execute();
      applied++;
    }
    driver.executableQuery("CALL db.awaitIndexes(60)").execute();
    log.info("Graph schema applied: {} statements from cypher/schema", applied);
  }

  static java.util.List<String> statements() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:cypher/schema/*.cypher");
      Arrays.sort(files, Comparator.comparing(Resource::getFilename));
      java.util.List<String> result = new java.util.ArrayList<>();
      for (Resource file : files) {
        StringBuilder text = new StringBuilder();
        for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
          if (!line.strip().startsWith("//")) {
            text.append(line).append('\n');
          }
        }
        for (String statement : text.toString().split(";")) {
          if (!statement.isBlank()) {
            result.add(statement.strip());
          }
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cypher/schema", e);
    }
  }
}
