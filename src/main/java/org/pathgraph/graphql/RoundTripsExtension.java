package org.pathgraph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathgraph.neo4j.Graph;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * For the benchmark only ({@code pathgraph.bench.round-trips=true}, off by default): adds {@code
 * extensions.cypherRoundTrips}, the Cypher round trips {@link Graph} counted while the request ran.
 * The counter is the server's, so the figure is exact only while requests do not overlap, which is
 * how the benchmark measures it.
 */
@Component
@ConditionalOnProperty(name = "pathgraph.bench.round-trips", havingValue = "true")
class RoundTripsExtension implements WebGraphQlInterceptor {

  private final Graph graph;

  RoundTripsExtension(Graph graph) {
    this.graph = graph;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    long before = graph.roundTrips();
    return chain
        .next(request)
        .map(
            response ->
                response.transform(
                    builder -> {
                      Map<Object, Object> extensions =
                          new LinkedHashMap<>(
                              response.getExecutionResult().getExtensions() == null
                                  ? Map.of()
                                  : response.getExecutionResult().getExtensions());
                      extensions.put("cypherRoundTrips", graph.roundTrips() - before);
                      builder.extensions(extensions);
                    }));
  }
}
