package org.pathgraph.path;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Mermaid and DOT text for a path's graph and for the graph of linked paths. */
final class Diagrams {

  /** The text formats of the schema's {@code DiagramFormat}. */
  enum Format {
    MERMAID,
    DOT
  }

  private Diagrams() {}

  /**
   * One path: each node labelled with its position and title, each transition with its condition.
   */
  static String path(List<PathNode> nodes, Function<PathNode, String> title, Format format) {
    StringBuilder out =
        new StringBuilder(
            format == Format.MERMAID ? "flowchart TD\n" : "digraph path {\n  rankdir=TB;\n");
    for (PathNode node : nodes) {
      String label = node.position() + ". " + title.apply(node);
      String id = "n" + node.index();
      if (format == Format.MERMAID) {
        out.append("  ")
            .append(id)
            .append(node.isStart() ? "([\"" : "[\"")
            .append(mermaid(label))
            .append(node.isStart() ? "\"])\n" : "\"]\n");
      } else {
        out.append("  ")
            .append(id)
            .append(" [label=")
            .append(dot(label))
            .append(node.isStart() ? ", shape=oval" : ", shape=box")
            .append("];\n");
      }
    }
    for (PathNode node : nodes) {
      for (PathNode.Transition t : node.transitions()) {
        PathNode target = t.nodes().get(t.nodeKey());
        String to =
            target == null ? "x" + Math.abs(t.target().key().hashCode()) : "n" + target.index();
        if (target == null) {
          String outside = "outside: " + t.target().key();
          out.append(
              format == Format.MERMAID
                  ? "  " + to + "{{\"" + mermaid(outside) + "\"}}\n"
                  : "  " + to + " [label=" + dot(outside) + ", shape=hexagon, style=dashed];\n");
        }
        String label =
            t.condition() == null || t.condition().isBlank()
                ? (t.isDefault() ? "" : "always")
                : t.condition();
        if (format == Format.MERMAID) {
          String arrow = t.isDefault() ? "-->" : "-.->";
          out.append("  n").append(node.index()).append(' ').append(arrow);
          out.append(label.isEmpty() ? "" : "|\"" + mermaid(label) + "\"|");
          out.append(' ').append(to).append('\n');
        } else {
          out.append("  n").append(node.index()).append(" -> ").append(to);
          out.append(
              label.isEmpty()
                  ? ""
                  : " [label=" + dot(label) + (t.isDefault() ? "" : ", style=dashed") + "]");
          out.append(";\n");
        }
      }
    }
    return format == Format.MERMAID ? out.toString() : out.append("}\n").toString();
  }

  /**
   * Paths and the content links between them; {@code rows} as {@code path/linked-paths} returns
   * them.
   */
  static String linkedPaths(List<Map<String, Object>> rows, Format format) {
    StringBuilder out =
        new StringBuilder(
            format == Format.MERMAID ? "flowchart LR\n" : "digraph paths {\n  rankdir=LR;\n");
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    Function<String, String> id = key -> ids.computeIfAbsent(key, k -> "p" + ids.size());
    for (Map<String, Object> row : rows) {
      String key = (String) row.get("from");
      String title = row.get("title") == null ? key : (String) row.get("title");
      node(out, id.apply(key), title + " (" + key + ")", format);
    }
    for (Map<String, Object> row : rows) {
      for (Object l : (List<?>) row.get("links")) {
        Map<?, ?> link = (Map<?, ?>) l;
        String to = (String) link.get("to");
        if (!ids.containsKey(to)) {
          String title = link.get("title") == null ? to : (String) link.get("title");
          node(out, id.apply(to), title + " (" + to + ")", format);
        }
        String label =
            link.get("objects")
                + " link"
                + (((Number) link.get("objects")).intValue() == 1 ? "" : "s");
        if (format == Format.MERMAID) {
          out.append("  ")
              .append(id.apply((String) row.get("from")))
              .append(" -->|\"")
              .append(label)
              .append("\"| ")
              .append(id.apply(to))
              .append('\n');
        } else {
          out.append("  ")
              .append(id.apply((String) row.get("from")))
              .append(" -> ")
              .append(id.apply(to))
              .append(" [label=")
              .append(dot(label))
              .append("];\n");
        }
      }
    }
    return format == Format.MERMAID ? out.toString() : out.append("}\n").toString();
  }

  private static void node(StringBuilder out, String id, String label, Format format) {
    if (format == Format.MERMAID) {
      out.append("  ").append(id).append("[\"").append(mermaid(label)).append("\"]\n");
    } else {
      out.append("  ").append(id).append(" [label=").append(dot(label)).append(", shape=box];\n");
    }
  }

  /** Mermaid labels are quoted; quotes and angle brackets become entity codes Mermaid accepts. */
  private static String mermaid(String text) {
    return text.replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;")
        .replace("\n", " ");
  }

  private static String dot(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }
}
