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
