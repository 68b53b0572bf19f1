package org.pathgraph.path;

import graphql.TrivialDataFetcher;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.ObjectChildren;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The fields of {@code PathNode} that its record answers: what the node shows and whether it hides
 * an object. Wired as graphql-java's trivial data fetchers (no statement, nothing to time: a
 * controller method would be timed as a data fetch, once per node); {@code learningObject} primes
 * the object's loaders with the concepts and embeds read with the node, so its {@code concepts} and
 * {@code html} fields run no further statement.
 */
@Configuration(proxyBeanMethods = false)
class PathNodeFields {

  @Bean
  RuntimeWiringConfigurer pathNodeWiring() {
    return wiring ->
        wiring.type(
            "PathNode",
            t ->
                t.dataFetcher(
                        "learningObject",
                        (TrivialDataFetcher<LearningObject>)
                            env -> {
                              PathNode node = env.getSource();
                              ObjectChildren.prime(
                                  env, node.object(), node.concepts(), node.embeds());
                              return node.object();
                            })
                    .dataFetcher(
                        "restricted",
                        (TrivialDataFetcher<Boolean>)
                            env -> env.<PathNode>getSource().restricted()));
  }
}
