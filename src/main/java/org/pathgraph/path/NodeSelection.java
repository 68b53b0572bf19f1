package org.pathgraph.path;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathgraph.api.Role;
import org.pathgraph.content.ObjectProjection;

/**
 * What {@code path/nodes-of-paths} reads of a path's nodes for one request: the object properties,
 * and whether concepts, embeds and transitions come along.
 *
 * <p>A request's nodes of one path are loaded once and shared by every field that walks them
 * (nodes, startNodes, node, next, previous, progress, problems, diagram, and the same path met
 * again deeper in the request), so the selection is taken over the whole request below the path:
 * what any of those fields reads is read.
 */
record NodeSelection(
    ObjectProjection objects, boolean concepts, boolean embeds, boolean transitions) {

  /** Everything: for nodes loaded without a selection to go by. */
  static final NodeSelection ALL = new NodeSelection(ObjectProjection.ALL, true, true, true);

  /** What the fields selected below a {@code learningPath} need of its nodes. */
  static NodeSelection of(DataFetchingFieldSelectionSet selection) {
    ObjectProjection objects = ObjectProjection.below(selection, "learningObject");
    boolean transitions = false;
    for (SelectedField field : selection.getFields()) {
      transitions |= WALKS.contains(field.getName());
    }
    return new NodeSelection(objects, objects.concepts(), objects.rendered(), transitions);
  }

  /**
   * Fields that follow a node's transitions, wherever they stand (progress, problems and diagram
   * are fields of the path; a field of another type with one of these names only costs a read).
   */
  private static final Set<String> WALKS =
      Set.of("progress", "problems", "diagram", "next", "previous", "transitions");

  /** The statement's parameters for the paths {@code keys}. */
  Map<String, Object> parameters(Collection<String> keys, Role role) {
    Map<String, Object> params = new HashMap<>();
    params.put("keys", List.copyOf(keys));
    params.put("role", role.name());
    params.put("objectProperties", objects.properties());
    params.put("withConcepts", concepts);
    params.put("withAltLabels", objects.altLabels());
    params.put("withEmbeds", embeds);
    params.put("withTransitions", transitions);
    return params;
  }
}
