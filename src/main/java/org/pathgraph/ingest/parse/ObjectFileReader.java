package org.pathgraph.ingest.parse;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.content.ContentFiles;
import org.pathgraph.content.LearningObject;
import org.pathgraph.ingest.tree.ContentTypes;
import org.pathgraph.ingest.tree.FileRejected;
import org.pathgraph.ingest.tree.TextFile;
import org.pathgraph.ingest.tree.TreeWalk;

/** Reads one learning-object file into an {@link ObjectSource}, or rejects it. */
public final class ObjectFileReader {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ObjectFileReader.class);

  public static final Set<String> OBJECT_FILE_NAMES = ContentFiles.OBJECT_FILE_NAMES;

  /**
   * The outcome for one object file.
   *
   * @param object null when the file is rejected
   * @param objectReferences the targets of its {@code @learning-object/...} references
   */
  public record Parsed(
      String file,
      ObjectSource object,
      List<ImportProblem> problems,
      Set<String> objectReferences) {}

  private final Path root;
  private final long maxBytes;
  private final YamlMapping yaml;

  private final ParseMemo memo;
  private final ContentFileReader contentFiles;

  public ObjectFileReader(Path root, long maxBytes) {
    this(root, maxBytes, null);
  }

  /** A reader that takes unchanged files from {@code memo} (null: parse every file). */
  public ObjectFileReader(Path root, long maxBytes, ParseMemo memo) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.memo = memo;
    this.contentFiles = new ContentFileReader(root, maxBytes);
    this.yaml = new YamlMapping((int) Math.min(Integer.MAX_VALUE, maxBytes));
  }

  public Parsed read(Path file) {
    String rel = TreeWalk.relative(root, file);
    FileProblems problems = new FileProblems(rel);
    try {
      byte[] bytes = TextFile.readBytes(file, maxBytes);
      String fingerprint = memo == null ? null : ParseMemo.fingerprint(file, bytes);
      if (fingerprint != null) {
        Parsed known = memo.get(rel, fingerprint);
        if (known != null) {
          return known;
        }
      }
      Parsed parsed = parse(file, rel, TextFile.decode(bytes), problems);
      if (fingerprint != null) {
        memo.put(rel, fingerprint, parsed);
      }
      return parsed;
    } catch (FileRejected e) {
      problems.add(e.toProblem(rel));
      return new Parsed(rel, null, problems.list(), Set.of());
    } catch (RuntimeException e) {
      // A reader bug must cost one file, not the import; tests assert this code never appears.
      log.error("Reading {} failed unexpectedly", rel, e);
      problems.error("READ_FAILED", null, "file could not be read: " + e);
      return new Parsed(rel, null, problems.list(), Set.of());
    }
  }

  private Parsed parse(Path file, String rel, TextFile text, FileProblems problems) {
    boolean indexFile = file.getFileName().toString().equals("index.md");
    Map<String, Object> values;
    String body = null;
    if (file.getFileName().toString().equals("metadata.yaml")) {
      values = yaml.parse(text.text(), 1);
    } else {
      FrontMatter frontMatter = FrontMatter.split(text.text());
      values = yaml.parse(frontMatter.yaml(), frontMatter.firstLine());
      body = indexFile ? frontMatter.body() : null;
    }
    return build(file, rel, text, values, body, indexFile, problems);
  }

  private Parsed build(
      Path file,
      String rel,
      TextFile text,
      Map<String, Object> values,
      String body,
      boolean indexFile,
      FileProblems problems) {
    String hruid = hruid(values.get("hruid"), problems);
    String language = language(values.get("language"), problems);
    Integer version = version(values.get("version"), problems);
    String contentType = contentType(values.get("content_type"), problems);
    if (problems.firstErrorCode() != null) {
      return new Parsed(rel, null, problems.list(), Set.of());
    }

    FrontMatterFields fields = new FrontMatterFields(values, problems);
    String title = fields.text("title", true);
    String description = fields.text("description", true);
    List<String> keywords = fields.texts("keywords");
    List<Integer> targetAges = fields.ages("target_ages");
    Integer difficulty = fields.integer("difficulty", 0, 10);
    Integer estimatedTime = fields.integer("estimated_time", 0, Integer.MAX_VALUE);
    boolean teacherExclusive = fields.bool("teacher_exclusive", false);
    boolean available = fields.bool("available", true);
    String copyright = fields.text("copyright", false);
    String licence = fields.text("licence", false);
    String returnValue = fields.returnValue("return_value");
    String contentLocation = fields.text("content_location", false);
    String aspectRatio = fields.text("aspect_ratio", false);
    List<String> concepts = fields.concepts("skos_concepts");
    List<GoalRef> goals = fields.goals("educational_goals");

    MessageDigest digest = Values.sha256();
    digest.update(text.bytes());
    String contentFile = null;
    if (!indexFile) {
      Path content = contentFiles.find(file.getParent(), contentType, problems);
      if (content != null) {
        contentFile = TreeWalk.relative(root, content);
        if (ContentTypes.isText(contentType)) {
          // Read once: the body and the hash come from the same bytes even if the file changes.
          body = contentFiles.text(content, digest, problems);
        } else {
          contentFiles.hash(content, digest, problems);
        }
      }
    }
    if (body != null && body.isBlank()) {
      body = null;
    }
    if (body != null && !contentType.equals("blockly")) {
      for (String target : FolderRefs.escaping(body)) {
        problems.warn(
            "REFERENCE_OUTSIDE_FOLDER",
            null,
            "'"
                + target
                + "' leads out of the object's folder: it is not served, so it stays broken");
      }
    }

    LinkExtractor.Found found =
        body != null && !contentType.equals("blockly")
            ? LinkExtractor.extract(body)
            : new LinkExtractor.Found(List.of(), Set.of());
    List<GoalRef> sortedGoals =
        goals.stream()
            .distinct()
            .sorted(Comparator.comparing(GoalRef::source).thenComparing(GoalRef::id))
            .toList();
    LearningObject served =
        new LearningObject(
            hruid + "/" + language + "/" + version,
            hruid,
            language,
            version,
            title,
            description,
            keywords,
            contentType,
            targetAges,
            difficulty,
            estimatedTime,
            teacherExclusive,
            available,
            copyright,
            licence,
            org.pathgraph.neo4j.Values.json(returnValue),
            contentLocation,
            aspectRatio,
            body,
            rel,
            contentFile,
            TreeWalk.relative(root, file.getParent()),
            Values.hex(digest),
            concepts.stream().distinct().sorted().toList(),
            sortedGoals.stream().map(GoalRef::source).toList(),
            sortedGoals.stream().map(GoalRef::id).toList());
    ObjectSource object = new ObjectSource(served, found.links());
    return new Parsed(rel, object, problems.list(), found.objectReferences());
  }

  private static String hruid(Object value, FileProblems problems) {
    if (value == null || value instanceof String s && s.isBlank()) {
      problems.error("MISSING_FIELD", "hruid", "'hruid' is missing or empty");
      return null;
    }
    if (value instanceof String || value instanceof Number) {
      return String.valueOf(value).strip();
    }
    problems.error("BAD_TYPE", "hruid", "'hruid' must be a text, got " + Values.describe(value));
    return null;
  }

  private static String language(Object value, FileProblems problems) {
    if (value == null) {
      problems.error("MISSING_FIELD", "language", "'language' is missing");
      return null;
    }
    String language = Values.asLanguage(value);
    if (language == null) {
      problems.error(
          "BAD_VALUE",
          "language",
          "'language' must be a two-letter code, got " + Values.describe(value));
    }
    return language;
  }

  private static Integer version(Object value, FileProblems problems) {
    if (value == null) {
      problems.error("MISSING_FIELD", "version", "'version' is missing");
      return null;
    }
    Integer version = Values.asInteger(value);
    if (version == null) {
      problems.error(
          "BAD_VALUE", "version", "'version' must be an integer, got " + Values.describe(value));
    }
    return version;
  }

  private static String contentType(Object value, FileProblems problems) {
    if (value == null) {
      problems.error("MISSING_FIELD", "content_type", "'content_type' is missing");
      return null;
    }
    String type = value instanceof String s ? s.strip() : null;
    if (type == null || !ContentTypes.known(type)) {
      problems.error(
          "UNKNOWN_CONTENT_TYPE",
          "content_type",
          "'content_type' must be one of "
              + String.join(", ", ContentTypes.ALL)
              + ", got "
              + Values.describe(value));
      return null;
    }
    return type;
  }
}
