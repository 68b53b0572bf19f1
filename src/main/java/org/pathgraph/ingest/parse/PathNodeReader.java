package org.pathgraph.ingest.parse;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathgraph.ingest.tree.FileRejected;
import org.pathgraph.path.NodeSource;
import org.pathgraph.path.ObjectRef;
import org.pathgraph.path.TransitionSource;
import tools.jackson.databind.JsonNode;

/**
 * The {@code nodes} of a path file with their transitions, in the current format or the old one: a
 * malformed node or transition is dropped with a warning, only too many nodes reject the file.
 */
final class PathNodeReader {

  /** Real paths have tens of nodes; more than this is a generated or broken file. */
  private static final int MAX_NODES = 2000;

  /** Transitions one node may have. */
  private static final int MAX_TRANSITIONS = 100;

  private PathNodeReader() {}

  /** A node that gives no language is taken to be in the path's, {@code language}. */
  static List<NodeSource> read(JsonNode array, String language, FileProblems problems) {
    if (array == null || array.isNull()) {
      problems.warn("MISSING_FIELD", "nodes", "'nodes' is missing: the path is empty");
      return List.of();
    }
    if (!array.isArray()) {
      problems.warn(
          "BAD_TYPE", "nodes", "'nodes' must be a list, got " + JsonValues.describe(array));
      return List.of();
    }
    if (array.isEmpty()) {
      problems.warn("MISSING_FIELD", "nodes", "'nodes' is empty");
    }
    if (array.size() > MAX_NODES) {
      throw new FileRejected(
          "TOO_MANY_NODES",
          "nodes",
          "path has " + array.size() + " nodes, more than the limit of " + MAX_NODES);
    }
    // Refs first: an old-format transition names its target by a node's id.
    List<ObjectRef> refs = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      refs.add(nodeRef(array.get(i), "nodes[" + i + "]", language, problems));
    }
    List<NodeSource> nodes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (refs.get(i) == null) {
        continue;
      }
      JsonNode node = array.get(i);
      String field = "nodes[" + i + "]";
      boolean start = bool(node, "start_node", field, problems);
      JsonNode instruction = node.get("instruction");
      nodes.add(
          new NodeSource(
              i,
              refs.get(i),
              start,
              instruction != null && instruction.isString() ? instruction.stringValue() : null,
              transitions(node.get("transitions"), field, refs, refs.get(i), problems)));
    }
    return List.copyOf(nodes);
  }

  private static ObjectRef nodeRef(
      JsonNode node, String field, String pathLanguage, FileProblems problems) {
    if (node == null || !node.isObject()) {
      problems.warn(
          "BAD_TYPE",
          field,
          "a node must be an object, got " + JsonValues.describe(node) + ": dropped");
      return null;
    }
    JsonNode hruid =
        node.has("learningobject_hruid")
            ? node.get("learningobject_hruid")
            : node.get("learningobject_id");
    Object hruidValue = JsonValues.scalar(hruid);
    if (hruidValue == null || String.valueOf(hruidValue).isBlank() || hruid.isBoolean()) {
      problems.warn(
          "MISSING_FIELD",
          field,
          "node has no 'learningobject_hruid' (or old 'learningobject_id'): dropped");
      return null;
    }
    return ref(String.valueOf(hruidValue).strip(), node, field, pathLanguage, problems);
  }

  private static ObjectRef ref(
      String hruid, JsonNode node, String field, String defaultLanguage, FileProblems problems) {
    JsonNode languageNode = node.get("language");
    String language;
    if (languageNode == null || languageNode.isNull()) {
      problems.warn(
          "MISSING_FIELD",
          field + ".language",
          "'language' is missing: '" + defaultLanguage + "' assumed");
      language = defaultLanguage;
    } else {
      language = Values.asLanguage(JsonValues.scalar(languageNode));
      if (language == null) {
        problems.warn(
            "BAD_VALUE",
            field + ".language",
            "'language' must be a two-letter code, got " + JsonValues.describe(languageNode));
        language = String.valueOf(JsonValues.scalar(languageNode)).strip().toLowerCase(Locale.ROOT);
      }
    }
    JsonNode versionNode = node.get("version");
    Integer version = Values.asInteger(JsonValues.scalar(versionNode));
    if (version == null) {
      problems.warn(
          versionNode == null ? "MISSING_FIELD" : "BAD_VALUE",
          field + ".version",
          "'version' must be an integer, got "
              + JsonValues.describe(versionNode)
              + ": the reference cannot resolve");
    }
    return new ObjectRef(hruid, language, version);
  }

  private static List<TransitionSource> transitions(
      JsonNode array,
      String nodeField,
      List<ObjectRef> refs,
      ObjectRef from,
      FileProblems problems) {
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      problems.warn(
          "BAD_TYPE",
          nodeField + ".transitions",
          "'transitions' must be a list, got " + JsonValues.describe(array));
      return List.of();
    }
    List<TransitionSource> transitions = new ArrayList<>();
    if (array.size() > MAX_TRANSITIONS) {
      problems.warn(
          "TOO_MANY_ITEMS",
          nodeField + ".transitions",
          "node has "
              + array.size()
              + " transitions: only the first "
              + MAX_TRANSITIONS
              + " are read");
    }
    for (int j = 0; j < Math.min(array.size(), MAX_TRANSITIONS); j++) {
      String field = nodeField + ".transitions[" + j + "]";
      JsonNode transition = array.get(j);
      if (!transition.isObject()) {
        problems.warn(
            "BAD_TYPE",
            field,
            "a transition must be an object, got " + JsonValues.describe(transition) + ": dropped");
        continue;
      }
      ObjectRef next = next(transition.get("next"), field + ".next", refs, from, problems);
      if (next == null) {
        continue;
      }
      transitions.add(
          new TransitionSource(
              j,
              condition(transition.get("condition"), field + ".condition", problems),
              bool(transition, "default", field, problems),
              next));
    }
    return List.copyOf(transitions);
  }

  private static ObjectRef next(
      JsonNode next, String field, List<ObjectRef> refs, ObjectRef from, FileProblems problems) {
    if (next != null && next.isObject()) {
      Object hruid = JsonValues.scalar(next.get("hruid"));
      if (hruid == null || String.valueOf(hruid).isBlank()) {
        problems.warn("MISSING_FIELD", field, "'next' has no 'hruid': transition dropped");
        return null;
      }
      return ref(String.valueOf(hruid).strip(), next, field, from.language(), problems);
    }
    if (next != null && (next.isString() || next.isIntegralNumber())) {
      String id = String.valueOf(JsonValues.scalar(next)).strip();
      for (ObjectRef ref : refs) {
        if (ref != null && ref.hruid().equals(id)) {
          return ref;
        }
      }
      return new ObjectRef(id, from.language(), null);
    }
    problems.warn(
        "MISSING_FIELD",
        field,
        "'next' must name the target object, got "
            + JsonValues.describe(next)
            + ": transition dropped");
    return null;
  }

  private static String condition(JsonNode node, String field, FileProblems problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    String condition = node.isString() ? node.stringValue() : node.toString();
    if (condition.strip().equals("true")) {
      return condition;
    }
    try {
      if (!node.isString()) {
        throw new IllegalArgumentException("not a text");
      }
      JsonPath.compile(condition.strip());
    } catch (RuntimeException e) {
      problems.warn(
          "MALFORMED_CONDITION",
          field,
          "condition "
              + JsonValues.describe(node)
              + " is neither \"true\" nor a valid JSONPath: "
              + e.getMessage());
    }
    return condition;
  }

  private static boolean bool(JsonNode node, String key, String field, FileProblems problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    problems.warn(
        "BAD_TYPE",
        field + "." + key,
        "'" + key + "' must be true or false, got " + JsonValues.describe(value) + ": false used");
    return false;
  }
}
