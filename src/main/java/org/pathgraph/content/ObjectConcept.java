package org.pathgraph.content;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * A concept as an object's row carries it ({@code cypher/fragments/concepts}): its URI, labels as
 * parallel language and text lists (how Neo4j holds them), notation, and whether a vocabulary
 * defines it. Statements that read objects read their concepts with them in this form, so the
 * {@code objectConcepts} loader can be primed where objects arrive; {@code concept/Concept} is the
 * schema's type made from it.
 */
public record ObjectConcept(
    String uri,
    List<String> prefLabelLanguages,
    List<String> prefLabelTexts,
    List<String> altLabelLanguages,
    List<String> altLabelTexts,
    String notation,
    boolean fromVocabulary) {

  /**
   * From a row of {@code cypher/fragments/concepts}: values by position (uri, prefLabelLanguages,
   * prefLabelTexts, notation, fromVocabulary, altLabelLanguages, altLabelTexts).
   */
  public static ObjectConcept fromRow(Value row) {
    return new ObjectConcept(
        row.get(0).asString(null),
        strings(row.get(1)),
        strings(row.get(2)),
        strings(row.get(5)),
        strings(row.get(6)),
        row.get(3).asString(null),
        row.get(4).asBoolean(false));
  }

  /** From a concept's node or map projection; absent lists are empty. */
  public static ObjectConcept from(Value c) {
    return new ObjectConcept(
        c.get("uri").asString(null),
        strings(c.get("prefLabelLanguages")),
        strings(c.get("prefLabelTexts")),
        strings(c.get("altLabelLanguages")),
        strings(c.get("altLabelTexts")),
        c.get("notation").asString(null),
        c.get("fromVocabulary").asBoolean(false));
  }

  private static List<String> strings(Value v) {
    return v.isNull() ? List.of() : v.asList(Value::asString);
  }
}
