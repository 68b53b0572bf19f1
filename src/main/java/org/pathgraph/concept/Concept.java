package org.pathgraph.concept;

import java.util.Map;

/** A SKOS concept as the GraphQL type {@code Concept} shows it. */
public record Concept(String uri, String prefLabel) {

  /** From the property map a Cypher {@code c {.*}} projection returns. */
  public static Concept from(Map<String, Object> c) {
    String uri = (String) c.get("uri");
    Object label = c.get("prefLabel");
    return new Concept(uri, label == null ? uri : label.toString());
  }
}
