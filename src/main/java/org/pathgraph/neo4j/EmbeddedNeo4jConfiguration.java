package org.pathgraph.neo4j;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.pathgraph.PathgraphProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database unless {@code pathgraph.embedded.enabled=false}, and hands Boot its
 * Bolt URI so the one {@code Driver} of the application is built the same way as for an external
 * server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "pathgraph.embedded.enabled",
    havingValue = "true",
    matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedNeo4j embeddedNeo4j(PathgraphProperties properties) {
    var embedded = properties.embedded();
    return EmbeddedNeo4j.start(embedded.dataDir(), embedded.boltPort(), embedded.pageCache());
  }

  @Bean
  Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return neo4j.boltUri();
      }

      @Override
      public AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }
}
