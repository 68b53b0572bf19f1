package org.pathgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Content trees for tests: the repo's demo content plus generated objects and a long path. */
public final class ContentTrees {

  /** Nodes of the generated long path. */
  public static final int LONG_PATH_NODES = 24;

  private ContentTrees() {}

  /** A temporary copy of {@code demo-content/} with a generated path of 24 nodes. */
  public static Path demoWithLongPath() {
    try {
      Path root = Files.createTempDirectory("pathgraph-tree-");
      copy(Path.of("demo-content"), root);
      StringBuilder nodes = new StringBuilder();
      for (int i = 0; i < LONG_PATH_NODES; i++) {
        String hruid = String.format("gen_object_%02d", i);
        Path folder = root.resolve("learning_objects/generated/" + hruid);
        Files.createDirectories(folder);
        Files.writeString(
            folder.resolve("index.md"),
            """
            ---
            hruid: %s
            language: en
            version: 1
            title: Generated object %d
            description: A generated object of the long test path.
            content_type: text/markdown
            keywords: [generated, test]
            target_ages: [14, 15]
            estimated_time: 5
            skos_concepts: ['http://example.org/concept/generated-%d']
            educational_goals: [{source: Test, id: goal-%d}]
            ---
            # Generated %d

            Body of a generated object.
            %s
            """
                .formatted(
                    hruid,
                    i,
                    i % 3,
                    i % 2,
                    i,
                    // One object embeds a teacher-only one, to test what learners get instead.
                    i == 0 ? "\n![the seed](@learning-object/un_ai4/nl/3)\n" : ""));
        nodes.append(i == 0 ? "" : ",\n");
        nodes.append(
            """
            {"learningobject_hruid": "%s", "language": "en", "version": 1%s%s}"""
                .formatted(
                    hruid,
                    i == 0 ? ", \"start_node\": true" : "",
                    i + 1 < LONG_PATH_NODES
                        ? ", \"transitions\": [{\"default\": true, \"next\": {\"hruid\":"
                            + " \"gen_object_%02d\", \"language\": \"en\", \"version\": 1}}]"
                                .formatted(i + 1)
                        : ""));
      }
      Path paths = root.resolve("learning_paths/generated");
      Files.createDirectories(paths);
      Files.writeString(
          paths.resolve("long_path.json"),
          """
          {"hruid": "gen_long_path", "language": "en", "title": "A long generated path",
           "description": "24 generated nodes", "nodes": [
          %s
          ]}
          """
              .formatted(nodes));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A generated tree of {@code objects} objects (concepts, goals, links to paths and embeds of
   * other objects, some dangling) and {@code paths} paths of up to 10 nodes with default
   * transitions. {@code variant} changes the text of every third object and every second path, so
   * two variants differ in part, as a real edit does.
   */
  public static Path generated(int objects, int paths, String variant) {
    try {
      Path root = Files.createTempDirectory("pathgraph-generated-");
      for (int i = 0; i < objects; i++) {
        String hruid = String.format("gen_%05d", i);
        Path folder = root.resolve("learning_objects/gen/" + (i % 10) + "/" + hruid);
        Files.createDirectories(folder);
        String changed = i % 3 == 0 ? " " + variant : "";
        Files.writeString(
            folder.resolve("index.md"),
            """
            ---
            hruid: %s
            language: %s
            version: 1
            title: Generated object %d%s
            description: Object %d of a generated tree%s.
            content_type: text/markdown
            keywords: [gen, k%d%s]
            target_ages: [%d, %d]
            estimated_time: %d
            teacher_exclusive: %s
            skos_concepts: ['http://example.org/concept/c%d']
            educational_goals: [{source: Gen, id: g%d}]
            ---
            # Object %d%s

            See [path %d](https://dwengo.org/learning-path.html?hruid=gen_path_%03d&language=en)
            and ![embedded](@learning-object/gen_%05d/en/1).
            """
                .formatted(
                    hruid,
                    i % 7 == 6 ? "nl" : "en",
                    i,
                    changed,
                    i,
                    changed,
                    i % 13,
                    changed.isEmpty() ? "" : ", " + variant.replaceAll("\\W", ""),
                    10 + i % 5,
                    12 + i % 5,
                    5 + i % 30,
                    i % 11 == 0,
                    i % 17,
                    i % 5,
                    i,
                    changed,
                    i % Math.max(1, paths + 2),
                    i % Math.max(1, paths + 2),
                    i % 5 == 4 ? objects + i : (i + 1) % objects));
      }
      Path pathFolder = root.resolve("learning_paths/gen");
      Files.createDirectories(pathFolder);
      for (int p = 0; p < paths; p++) {
        StringBuilder nodes = new StringBuilder();
        int size = 2 + p % 9;
        for (int n = 0; n < size; n++) {
          int object = (p * 7 + n) % objects;
          int next = (p * 7 + n + 1) % objects;
          nodes.append(n == 0 ? "" : ",\n");
          nodes.append(
              """
              {"learningobject_hruid": "gen_%05d", "language": "%s", "version": 1%s%s}"""
                  .formatted(
                      object,
                      object % 7 == 6 ? "nl" : "en",
                      n == 0 ? ", \"start_node\": true" : "",
                      n + 1 < size
                          ? (", \"transitions\": [{\"default\": true, \"next\": {\"hruid\":"
                                  + " \"gen_%05d\", \"language\": \"%s\", \"version\": 1}}]")
                              .formatted(next, next % 7 == 6 ? "nl" : "en")
                          : ""));
        }
        Files.writeString(
            pathFolder.resolve(String.format("gen_path_%03d.json", p)),
            """
            {"hruid": "gen_path_%03d", "language": "en", "title": "Generated path %d%s",
             "description": "A generated path", "nodes": [
            %s
            ]}
            """
                .formatted(p, p, p % 2 == 0 ? " " + variant : "", nodes));
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a tree, leaving the copy writable. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().setWritable(true);
      }
    }
  }
}
