package org.pathgraph.concept;

import graphql.TrivialDataFetcher;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The label fields of {@code Concept} and {@code ConceptScheme}: computed from what the record
 * holds, no statement. They are wired as graphql-java's trivial data fetchers rather than
 * controller methods: a controller method is timed as a data fetch ({@code graphql.datafetcher}),
 * and a path with its objects' concepts has hundreds of labels, whose timing cost more than the
 * labels (profiled under the peer bench's query (b)).
 */
@Configuration(proxyBeanMethods = false)
class ConceptLabels {

  @Bean
  RuntimeWiringConfigurer conceptLabelWiring() {
    return wiring ->
        wiring
            .type(
                "Concept",
                t ->
                    t.dataFetcher(
                            "prefLabel",
                            (TrivialDataFetcher<String>)
                                env ->
                                    env.<Concept>getSource()
                                        .prefLabel(env.<List<String>>getArgument("languages")))
                        .dataFetcher(
                            "prefLabels",
                            (TrivialDataFetcher<List<LanguageLabel>>)
                                env -> prefLabels(env.getSource()))
                        .dataFetcher(
                            "altLabels",
                            (TrivialDataFetcher<List<String>>)
                                env -> altLabels(env.getSource(), env.getArgument("language"))))
            .type(
                "ConceptScheme",
                t ->
                    t.dataFetcher(
                        "title",
                        (TrivialDataFetcher<String>)
                            env ->
                                env.<ConceptScheme>getSource()
                                    .title(env.<List<String>>getArgument("languages"))));
  }

  static List<LanguageLabel> prefLabels(Concept concept) {
    return concept.prefLabels().entrySet().stream()
        .map(e -> new LanguageLabel(e.getKey(), e.getValue()))
        .toList();
  }

  static List<String> altLabels(Concept concept, String language) {
    if (language != null) {
      return concept.altLabels().getOrDefault(language.toLowerCase(Locale.ROOT), List.of());
    }
    return concept.altLabels().values().stream().flatMap(List::stream).toList();
  }
}
