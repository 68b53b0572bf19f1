package org.pathgraph.content;

import java.util.List;
import java.util.Map;
import org.pathgraph.neo4j.Values;

/**
 * A learning object as the GraphQL type {@code LearningObject} shows it, and the one list of an
 * object's fields: the import builds it from the object's file ({@code ingest/parse/ObjectSource})
 * and writes its components as the node's properties by name, which {@link #from} reads back.
 */
public record LearningObject(
    String key,
    String hruid,
    String language,
    int version,
    String title,
    String description,
    List<String> keywords,
    String contentType,
    List<Integer> targetAges,
    Integer difficulty,
    Integer estimatedTime,
    boolean teacherExclusive,
    boolean available,
    String copyright,
    String licence,
    Object returnValue,
    String contentLocation,
    String aspectRatio,
    String markdown,
    String sourceFile,
    String contentFile,
    String folder,
    String contentHash,
    List<String> conceptUris,
    List<String> goalSources,
    List<String> goalIds) {

  /** From an object's node, or a map projection of its properties, as a statement returns it. */
  public static LearningObject from(org.neo4j.driver.Value node) {
    return from(node.asMap());
  }

  /** From the property map a Cypher {@code o {.*}} projection returns. */
  static LearningObject from(Map<String, Object> p) {
    return new LearningObject(
        (String) p.get("key"),
        (String) p.get("hruid"),
        (String) p.get("language"),
        Values.integer(p.get("version")),
        (String) p.get("title"),
        (String) p.get("description"),
        Values.strings(p.get("keywords")),
        (String) p.get("contentType"),
        Values.integers(p.get("targetAges")),
        Values.integerOrNull(p.get("difficulty")),
        Values.integerOrNull(p.get("estimatedTime")),
        Boolean.TRUE.equals(p.get("teacherExclusive")),
        !Boolean.FALSE.equals(p.get("available")),
        (String) p.get("copyright"),
        (String) p.get("licence"),
        Values.json((String) p.get("returnValue")),
        (String) p.get("contentLocation"),
        (String) p.get("aspectRatio"),
        (String) p.get("markdown"),
        (String) p.get("sourceFile"),
        (String) p.get("contentFile"),
        (String) p.get("folder"),
        (String) p.get("contentHash"),
        // Every object has them: the import rewrites an object written before they existed.
        Values.strings(p.get("conceptUris")),
        Values.strings(p.get("goalSources")),
        Values.strings(p.get("goalIds")));
  }
}
