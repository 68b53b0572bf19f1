package org.pathgraph.ingest.parse;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.ingest.tree.FileRejected;
import org.pathgraph.ingest.tree.ImageTypes;
import org.pathgraph.ingest.tree.TextFile;
import org.pathgraph.ingest.tree.TreeWalk;
import org.pathgraph.path.NodeSource;
import org.pathgraph.path.ObjectRef;
import org.pathgraph.path.TransitionSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one learning-path JSON file, in the current format ({@code learningobject_hruid}, {@code
 * next} as an object) or the old one ({@code learningobject_id}, {@code next} naming a node's id).
 */
public final class PathFileReader {

  /**
   * The outcome for one path file.
   *
   * @param path null when the file is rejected
   */
  public record Parsed(String file, PathSource path, List<ImportProblem> problems) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(PathFileReader.class);

  /** Real paths have tens of nodes; more than this is a generated or broken file. */
  static final int MAX_NODES = 2000;

  /** Transitions one node may have. */
  static final int MAX_TRANSITIONS = 100;

  private final Path root;
  private final long maxBytes;

  public PathFileReader(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  public Parsed read(Path file) {
    String rel = TreeWalk.relative(root, file);
    FileProblems problems = new FileProblems(rel);
    try {
      TextFile text = TextFile.read(file, maxBytes);
      JsonNode json;
      try {
        json = JSON.readTree(text.text());
      } catch (JacksonException e) {
        throw new FileRejected(
            "PATH_JSON_SYNTAX", null, "path file is not valid JSON: " + where(e));
      }
      if (!json.isObject()) {
        throw new FileRejected(
            "NOT_A_MAPPING", null, "path file must hold a JSON object, got " + describe(json));
      }
      return new Parsed(rel, build(json, text, problems), problems.list());
    } catch (FileRejected e) {
      problems.add(e.toProblem(rel));
      return new Parsed(rel, null, problems.list());
    } catch (RuntimeException e) {
      // A reader bug must cost one file, not the import; tests assert this code never appears.
      log.error("Reading {} failed unexpectedly", rel, e);
      problems.error("READ_FAILED", null, "file could not be read: " + e);
      return new Parsed(rel, null, problems.list());
    }
  }

  private PathSource build(JsonNode json, TextFile text, FileProblems problems) {
    JsonNode hruidNode = json.get("hruid");
    String hruid =
        hruidNode != null && hruidNode.isString() ? hruidNode.stringValue().strip() : null;
    if (hruid == null || hruid.isEmpty()) {
      throw new FileRejected(
          "MISSING_FIELD",
          "hruid",
          "'hruid' must be a non-empty text (it keys the path), got " + describe(hruidNode));
    }
    String language = Values.asLanguage(scalar(json.get("language")));
    if (language == null) {
      throw new FileRejected(
          "BAD_VALUE",
          "language",
          "'language' must be a two-letter code, got " + describe(json.get("language")));
    }
    String title = text(json, "title", problems);
    String description = text(json, "description", problems);
    byte[] image = null;
    String imageType = null;
    JsonNode imageNode = json.get("image");
    if (imageNode != null && !imageNode.isNull()) {
      image = decodeImage(imageNode, problems);
      if (image != null) {
        imageType = ImageTypes.sniff(image);
        if (imageType == null) {
          problems.warn(
              "BAD_VALUE", "image", "'image' is not a PNG, JPEG, GIF, WebP or SVG image: ignored");
          image = null;
        }
      }
    }
    List<NodeSource> nodes = nodes(json.get("nodes"), language, problems);
    return new PathSource(
        hruid,
        language,
        title,
        description,
        image,
        imageType,
        nodes,
        problems.file(),
        Values.hex(digest(text.bytes())));
  }

  /** The parser's complaint without its redacted source description, and where it stands. */
  private static String where(JacksonException e) {
    String message = e.getOriginalMessage();
    int source = message.indexOf(" (for ");
    if (source > 0) {
      message = message.substring(0, source);
    }
    TokenStreamLocation location = e.getLocation();
    return location == null || location.getLineNr() < 0
        ? message
        : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static MessageDigest digest(byte[] bytes) {
    MessageDigest digest = Values.sha256();
    digest.update(bytes);
    return digest;
  }

  private static String text(JsonNode json, String key, FileProblems problems) {
    JsonNode node = json.get(key);
    if (node == null || node.isNull() || node.isString() && node.stringValue().isBlank()) {
      problems.warn("MISSING_FIELD", key, "'" + key + "' is missing or empty");
      return null;
    }
    if (!node.isString()) {
      problems.warn("BAD_TYPE", key, "'" + key + "' must be a text, got " + describe(node));
      return null;
    }
    return node.stringValue().strip();
  }

  private static byte[] decodeImage(JsonNode node, FileProblems problems) {
    if (!node.isString()) {
      problems.warn("BAD_TYPE", "image", "'image' must be base64 text, got " + describe(node));
      return null;
    }
    String base64 = node.stringValue().strip();
    if (base64.startsWith("data:") && base64.contains(",")) {
      base64 = base64.substring(base64.indexOf(',') + 1);
    }
    if (base64.isEmpty()) {
      return null;
    }
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      problems.warn("BAD_VALUE", "image", "'image' is not valid base64: " + e.getMessage());
      return null;
    }
  }

  private static List<NodeSource> nodes(JsonNode array, String language, FileProblems problems) {
    if (array == null || array.isNull()) {
      problems.warn("MISSING_FIELD", "nodes", "'nodes' is missing: the path is empty");
      return List.of();
    }
    if (!array.isArray()) {
      problems.warn("BAD_TYPE", "nodes", "'nodes' must be a list, got " + describe(array));
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
          "BAD_TYPE", field, "a node must be an object, got " + describe(node) + ": dropped");
      return null;
    }
    JsonNode hruid =
        node.has("learningobject_hruid")
            ? node.get("learningobject_hruid")
            : node.get("learningobject_id");
    Object hruidValue = scalar(hruid);
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
      language = Values.asLanguage(scalar(languageNode));
      if (language == null) {
        problems.warn(
            "BAD_VALUE",
            field + ".language",
            "'language' must be a two-letter code, got " + describe(languageNode));
        language = String.valueOf(scalar(languageNode)).strip().toLowerCase(Locale.ROOT);
      }
    }
    JsonNode versionNode = node.get("version");
    Integer version = Values.asInteger(scalar(versionNode));
    if (version == null) {
      problems.warn(
          versionNode == null ? "MISSING_FIELD" : "BAD_VALUE",
          field + ".version",
          "'version' must be an integer, got "
              + describe(versionNode)
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
          "'transitions' must be a list, got " + describe(array));
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
            "a transition must be an object, got " + describe(transition) + ": dropped");
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
      Object hruid = scalar(next.get("hruid"));
      if (hruid == null || String.valueOf(hruid).isBlank()) {
        problems.warn("MISSING_FIELD", field, "'next' has no 'hruid': transition dropped");
        return null;
      }
      return ref(String.valueOf(hruid).strip(), next, field, from.language(), problems);
    }
    if (next != null && (next.isString() || next.isIntegralNumber())) {
      String id = String.valueOf(scalar(next)).strip();
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
        "'next' must name the target object, got " + describe(next) + ": transition dropped");
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
              + describe(node)
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
        "'" + key + "' must be true or false, got " + describe(value) + ": false used");
    return false;
  }

  /** A JSON scalar as a Java value (text, number, boolean); null for anything else. */
  private static Object scalar(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      // 1e999 parses to Infinity, which has no decimal form (found by FuzzedContentTests).
      return Double.isFinite(node.doubleValue()) ? node.decimalValue() : node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return null;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isNull()) {
      return "null";
    }
    return Values.describe(scalar(node));
  }
}
