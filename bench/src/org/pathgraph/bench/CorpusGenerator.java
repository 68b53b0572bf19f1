package org.pathgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a synthetic content tree in Dwengo's layout, the same bytes for the same seed and size,
 * shaped like the real sample in {@code ../shared/dwengo-sample}: {@code index.md} objects with
 * YAML front matter (and a few {@code metadata.md} objects with an asset), bodies of about 2 KB
 * (log-normal, some of 20 KB and more) with headings, tables, raw HTML, math, code, images, links
 * to other paths and objects; about 40% teacher-only; 1 to 3 SKOS concepts per object from a skewed
 * pool of {@code objects / 10}; educational goals; paths of 2 to 11 nodes (one in a hundred of 50)
 * in the object's language with default and conditional transitions.
 */
final class CorpusGenerator {

  /** The 50-node path every corpus has, for the path query. */
  static final String PATH_50 = "bp_long_0";

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private final long seed;
  private final int objects;
  private final int concepts;
  private final int goals;

  CorpusGenerator(long seed, int objects) {
    this.seed = seed;
    this.objects = objects;
    this.concepts = Math.max(20, objects / 10);
    this.goals = Math.max(20, objects / 50);
  }

  /** What the generator wrote: the counts and a few keys the benchmarks query. */
  record Corpus(
      Path root,
      int objects,
      int paths,
      int concepts,
      int teacherOnly,
      long bytes,
      String path50,
      List<String> pathKeys,
      List<String> objectHruids,
      List<String> conceptUris,
      String sampleObjectFile,
      Path vocabulary) {}

  record Obj(int index, String hruid, String language, int version, boolean teacherOnly) {}

  /** The first object written as an {@code index.md}: the one-file change edits it. */
  private String markdownFile;

  /** Writes the tree under {@code root} (which must not exist or be empty). */
  Corpus write(Path root) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Obj> all = new ArrayList<>();
    Map<String, List<Obj>> byLanguage = new TreeMap<>();
    for (int i = 0; i < objects; i++) {
      double l = random.nextDouble();
      // The first objects are Dutch, so the 50-node path below has its objects.
      String language = i < 60 ? "nl" : l < 0.65 ? "nl" : l < 0.98 ? "en" : "fr";
      Obj o =
          new Obj(
              i,
              String.format("bo_%06d", i),
              language,
              random.nextDouble() < 0.1 ? 2 : 1,
              random.nextDouble() < 0.4);
      all.add(o);
      byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(o);
    }
    // Paths cover each language's objects in runs, so most objects are in one path.
    List<PathPlan> paths = new ArrayList<>();
    paths.add(new PathPlan(PATH_50, "nl", byLanguage.get("nl").subList(0, 50)));
    int longPaths = 1;
    for (var entry : byLanguage.entrySet()) {
      List<Obj> list = entry.getValue();
      int at = entry.getKey().equals("nl") ? 50 : 0;
      int n = 0;
      while (at < list.size()) {
        boolean isLong = random.nextDouble() < 0.01;
        int length = isLong ? 50 : 2 + random.nextInt(10);
        length = Math.min(length, list.size() - at);
        String hruid =
            isLong ? "bp_long_" + longPaths++ : String.format("bp_%s_%05d", entry.getKey(), n++);
        paths.add(new PathPlan(hruid, entry.getKey(), list.subList(at, at + length)));
        at += length;
      }
    }
    List<String> pathKeys = paths.stream().map(p -> p.hruid + "/" + p.language).toList();
    long bytes = 0;
    int teacherOnly = 0;
    try {
      for (Obj o : all) {
        bytes += writeObject(root, o, random, paths);
        teacherOnly += o.teacherOnly ? 1 : 0;
      }
      for (PathPlan p : paths) {
        bytes += writePath(root, p, random);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> conceptUris = new ArrayList<>();
    for (int c = 0; c < concepts; c++) {
      conceptUris.add(conceptUri(c));
    }
    Path vocabulary = root.resolveSibling(root.getFileName() + ".ttl");
    try {
      Files.writeString(vocabulary, vocabulary(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(
        root,
        objects,
        paths.size(),
        concepts,
        teacherOnly,
        bytes,
        PATH_50,
        pathKeys,
        all.stream().map(o -> o.hruid + "/" + o.language).toList(),
        conceptUris,
        markdownFile,
        vocabulary);
  }

  /**
   * The concepts as one SKOS scheme, a tree in which concept {@code k} is narrower than concept
   * {@code (k - 1) / 5}: concept 6, two levels down, stands for about 6 to 8% of the concepts at
   * every scale, which the concept query asks for with its narrower concepts.
   */
  private String vocabulary() {
    StringBuilder b = new StringBuilder();
    b.append("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n");
    b.append("<urn:pathgraph:bench> a skos:ConceptScheme ; skos:prefLabel \"Bench\"@en .\n\n");
    for (int c = 0; c < concepts; c++) {
      b.append('<').append(conceptUri(c)).append("> a skos:Concept ;\n");
      if (c == 0) {
        b.append("  skos:topConceptOf <urn:pathgraph:bench> ;\n");
      } else {
        b.append("  skos:inScheme <urn:pathgraph:bench> ;\n");
        b.append("  skos:broader <").append(conceptUri((c - 1) / 5)).append("> ;\n");
      }
      b.append("  skos:prefLabel \"Begrip ")
          .append(c)
          .append("\"@nl, \"Concept ")
          .append(c)
          .append("\"@en .\n\n");
    }
    return b.toString();
  }

  record PathPlan(String hruid, String language, List<Obj> nodes) {}

  private static String folder(Obj o) {
    String lang =
        switch (o.language) {
          case "nl" -> "nederlands";
          case "en" -> "english";
          default -> "français";
        };
    return "learning_objects/" + lang + "/content/topic_" + (o.index / 100) + "/" + o.hruid;
  }

  private static String objectFile(Obj o) {
    return folder(o) + "/index.md";
  }

  private String conceptUri(int c) {
    return "http://ilearn.ilabt.imec.be/vocab/bench/c" + c;
  }

  private long writeObject(Path root, Obj o, SplittableRandom random, List<PathPlan> paths)
      throws IOException {
    Path dir = root.resolve(folder(o));
    Files.createDirectories(dir);
    double kind = random.nextDouble();
    String contentType = kind < 0.96 ? "text/markdown" : kind < 0.98 ? "image/image" : "extern";
    StringBuilder fm = new StringBuilder("---\n");
    fm.append("hruid: ").append(o.hruid).append('\n');
    fm.append("version: ").append(o.version).append('\n');
    fm.append("language: ").append(o.language).append('\n');
    fm.append("title: \"").append(CorpusText.title(random, o)).append("\"\n");
    fm.append("description: \"")
        .append(CorpusText.words(random, 8 + random.nextInt(12)))
        .append("\"\n");
    LinkedHashSet<String> keywords = new LinkedHashSet<>();
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      keywords.add(CorpusText.word(random));
    }
    fm.append("keywords: [")
        .append(String.join(", ", keywords.stream().map(k -> "\"" + k + "\"").toList()))
        .append("]\n");
    int goalCount = random.nextInt(3);
    if (goalCount > 0) {
      fm.append("educational_goals: [\n");
      for (int g = 0; g < goalCount; g++) {
        fm.append("    {source: Eindterm, id: ET")
            .append(skewed(random, goals))
            .append(g + 1 < goalCount ? "},\n" : "}\n");
      }
      fm.append("]\n");
    }
    fm.append("copyright: dwengo\nlicence: dwengo\n");
    fm.append("content_type: ").append(contentType).append('\n');
    fm.append("available: ").append(random.nextDouble() < 0.98).append('\n');
    int from = 10 + random.nextInt(6);
    int to = from + 2 + random.nextInt(4);
    fm.append("target_ages: [");
    for (int a = from; a <= to; a++) {
      fm.append(a).append(a < to ? ", " : "");
    }
    fm.append("]\n");
    fm.append("difficulty: ").append(1 + random.nextInt(5)).append('\n');
    fm.append("estimated_time: ").append(5 + random.nextInt(56)).append('\n');
    if (random.nextDouble() < 0.1) {
      fm.append("return_value: {\n    callback_url: callback-url-example,\n")
          .append("    callback_schema: {\n        score: number\n    }\n}\n");
    }
    if (contentType.equals("extern")) {
      fm.append("content_location: https://www.youtube.com/embed/abc").append(o.index).append('\n');
    }
    LinkedHashSet<String> about = new LinkedHashSet<>();
    for (int c = 1 + random.nextInt(3); c > 0; c--) {
      about.add(conceptUri(skewed(random, concepts)));
    }
    fm.append("skos_concepts: [\n");
    List<String> aboutList = List.copyOf(about);
    for (int c = 0; c < aboutList.size(); c++) {
      fm.append("    '").append(aboutList.get(c)).append(c + 1 < aboutList.size() ? "',\n" : "'\n");
    }
    fm.append("]\n");
    fm.append("teacher_exclusive: ").append(o.teacherOnly).append('\n');
    fm.append("---\n");
    if (!contentType.equals("text/markdown")) {
      if (contentType.equals("image/image")) {
        Files.write(dir.resolve("afbeelding.png"), PNG);
      }
      byte[] text = fm.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve("metadata.md"), text);
      return text.length;
    }
    boolean image = random.nextDouble() < 0.25;
    if (image) {
      Files.createDirectories(dir.resolve("embed"));
      Files.write(dir.resolve("embed/figuur.png"), PNG);
    }
    if (markdownFile == null) {
      markdownFile = objectFile(o);
    }
    String body = CorpusText.body(random, o, image, paths, objects);
    byte[] text = (fm + "\n" + body).getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("index.md"), text);
    return text.length;
  }

  private long writePath(Path root, PathPlan p, SplittableRandom random) throws IOException {
    String lang =
        switch (p.language) {
          case "nl" -> "nederlands";
          case "en" -> "english";
          default -> "french";
        };
    Path dir = root.resolve("learning_paths/" + lang);
    Files.createDirectories(dir);
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"hruid\": \"").append(p.hruid).append("\",\n");
    json.append("  \"language\": \"").append(p.language).append("\",\n");
    json.append("  \"title\": \"").append(CorpusText.words(random, 4)).append("\",\n");
    json.append("  \"description\": \"").append(CorpusText.words(random, 14)).append("\",\n");
    json.append("  \"nodes\": [\n");
    List<Obj> nodes = p.nodes;
    for (int i = 0; i < nodes.size(); i++) {
      Obj o = nodes.get(i);
      json.append("    {\n");
      json.append("      \"learningobject_hruid\": \"").append(o.hruid).append("\",\n");
      json.append("      \"version\": \"").append(o.version).append("\",\n");
      json.append("      \"language\": \"").append(o.language).append("\",\n");
      if (i == 0) {
        json.append("      \"start_node\": true,\n");
      }
      json.append("      \"transitions\": [");
      if (i + 1 < nodes.size()) {
        if (i + 2 < nodes.size() && random.nextDouble() < 0.1) {
          json.append("\n        {\"condition\": \"$[?(@.score > 5)]\", \"next\": ")
              .append(ref(nodes.get(i + 2)))
              .append("},");
        }
        json.append("\n        {\"default\": true, \"next\": ")
            .append(ref(nodes.get(i + 1)))
            .append("}\n      ");
      }
      json.append("]\n    }").append(i + 1 < nodes.size() ? ",\n" : "\n");
    }
    json.append("  ]\n}\n");
    byte[] text = json.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(p.hruid + ".json"), text);
    return text.length;
  }

  private static String ref(Obj o) {
    return "{\"hruid\": \""
        + o.hruid
        + "\", \"version\": \""
        + o.version
        + "\", \"language\": \""
        + o.language
        + "\"}";
  }

  /** A skewed pick in [0, n): a few concepts and goals are common, most are rare. */
  private static int skewed(SplittableRandom random, int n) {
    double u = random.nextDouble();
    return (int) (n * u * u * u);
  }
}
