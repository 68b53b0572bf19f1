package org.pathgraph.content;

import org.neo4j.driver.Value;

/**
 * An object that another object's body embeds (directly or through embedded objects), and whether
 * the request's caller may see it: the renderer shows a restricted embed as a notice.
 */
public record Embed(LearningObject object, boolean visible) {

  /** From an embed's map projection: the object's properties and {@code visible}. */
  public static Embed from(Value e) {
    return new Embed(LearningObject.from(e), e.get("visible").asBoolean(false));
  }
}
