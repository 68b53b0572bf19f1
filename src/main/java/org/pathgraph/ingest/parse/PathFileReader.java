package org.pathgraph.ingest.parse;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.ingest.tree.FileRejected;
import org.pathgraph.ingest.tree.ImageTypes;
import org.pathgraph.ingest.tree.TextFile;
import org.pathgraph.ingest.tree.TreeWalk;
import org.pathgraph.path.NodeSource;
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
            "NOT_A_MAPPING",
            null,
            "path file must hold a JSON object, got " + JsonValues.describe(json));
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
          "'hruid' must be a non-empty text (it keys the path), got "
              + JsonValues.describe(hruidNode));
    }
    String language = Values.asLanguage(JsonValues.scalar(json.get("language")));
    if (language == null) {
      throw new FileRejected(
          "BAD_VALUE",
          "language",
          "'language' must be a two-letter code, got " + JsonValues.describe(json.get("language")));
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
    List<NodeSource> nodes = PathNodeReader.read(json.get("nodes"), language, problems);
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
      problems.warn(
          "BAD_TYPE", key, "'" + key + "' must be a text, got " + JsonValues.describe(node));
      return null;
    }
    return node.stringValue().strip();
  }

  private static byte[] decodeImage(JsonNode node, FileProblems problems) {
    if (!node.isString()) {
      problems.warn(
          "BAD_TYPE", "image", "'image' must be base64 text, got " + JsonValues.describe(node));
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
}
