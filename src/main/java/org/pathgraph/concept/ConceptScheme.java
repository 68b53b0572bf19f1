package org.pathgraph.concept;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** A SKOS concept scheme as the GraphQL type {@code ConceptScheme} shows it. */
record ConceptScheme(String uri, Map<String, String> titles) {

  /** From the property map a Cypher {@code s {.*}} projection returns. */
  static ConceptScheme from(Value s) {
    return new ConceptScheme(
        s.get("uri").asString(null),
        Concept.zip(
            Concept.strings(s.get("titleLanguages")), Concept.strings(s.get("titleTexts"))));
  }

  /** The title in the first of {@code languages} that has one, else any, else the URI. */
  public String title(List<String> languages) {
    return Concept.pick(titles, languages, uri);
  }
}
