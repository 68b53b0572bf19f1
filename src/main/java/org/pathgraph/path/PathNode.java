package org.pathgraph.path;

import java.util.List;
import org.pathgraph.content.Embed;
import org.pathgraph.content.LearningObject;
import org.pathgraph.content.ObjectConcept;

/**
 * A node of a path as the GraphQL type {@code PathNode} shows it. {@code nodes} holds the other
 * nodes of the same path, loaded with it, so next, previous and transition targets cost no query;
 * {@code object} is what the node shows the request's caller (null when nothing or {@code
 * restricted}), loaded with the nodes too, with its {@code concepts} and {@code embeds} when the
 * request selected them (null when not read): they prime the object's loaders.
 */
record PathNode(
    String key,
    String pathKey,
    int index,
    int position,
    boolean isStart,
    ObjectRef ref,
    boolean hasObject,
    LearningObject object,
    List<ObjectConcept> concepts,
    List<Embed> embeds,
    boolean restricted,
    List<Transition> transitions,
    PathNodes nodes) {

  /** A transition out of a node; {@code nodeKey} is the target node's key within the path. */
  public record Transition(
      String condition,
      boolean isDefault,
      ObjectRef target,
      String nodeKey,
      boolean targetExists,
      PathNodes nodes) {}
}
