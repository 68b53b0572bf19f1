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

  private static final String[] WORDS = {
    "leerling",
    "netwerk",
    "neuron",
    "model",
    "data",
    "training",
    "gewicht",
    "laag",
    "beeld",
    "classificatie",
    "regressie",
    "algoritme",
    "robot",
    "sensor",
    "programma",
    "lus",
    "variabele",
    "functie",
    "grafiek",
    "tabel",
    "ethiek",
    "microscoop",
    "huidmondje",
    "blad",
    "plant",
    "cel",
    "onderzoek",
    "hypothese",
    "meting",
    "fout",
    "nauwkeurigheid",
    "learning",
    "machine",
    "vector",
    "matrix",
    "afgeleide",
    "gradiënt",
    "verlies",
    "epoch",
    "batch",
    "filter",
    "convolutie",
    "pixel",
    "kleur",
    "contrast",
    "patroon",
    "abstractie",
    "decompositie",
    "oefening",
    "vraag"
  };
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

  private record Obj(int index, String hruid, String language, int version, boolean teacherOnly) {}

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

  private record PathPlan(String hruid, String language, List<Obj> nodes) {}

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
    fm.append("title: \"").append(title(random, o)).append("\"\n");
    fm.append("description: \"").append(words(random, 8 + random.nextInt(12))).append("\"\n");
    LinkedHashSet<String> keywords = new LinkedHashSet<>();
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      keywords.add(WORDS[random.nextInt(WORDS.length)]);
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
    String body = body(random, o, image, paths);
    byte[] text = (fm + "\n" + body).getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("index.md"), text);
    return text.length;
  }

  private String body(SplittableRandom random, Obj o, boolean image, List<PathPlan> paths) {
    // Log-normal around 1.9 KB like the sample's bodies, clamped to 300 B .. 60 KB.
    int target =
        (int) Math.max(300, Math.min(60_000, Math.exp(7.55 + 0.75 * random.nextGaussian())));
    boolean math = random.nextDouble() < 0.4;
    boolean html = random.nextDouble() < 0.3;
    boolean table = random.nextDouble() < 0.2;
    boolean code = random.nextDouble() < 0.1;
    StringBuilder b = new StringBuilder();
    b.append("# ").append(title(random, o)).append("\n\n");
    int section = 0;
    while (b.length() < target) {
      if (b.length() > 400 && random.nextDouble() < 0.2) {
        b.append("## Deel ").append(++section).append(": ").append(words(random, 3)).append("\n\n");
      }
      b.append(paragraph(random, math)).append("\n\n");
      double extra = random.nextDouble();
      if (math && extra < 0.15) {
        b.append("$$\n\\sum_{i=1}^{n} w_i x_i + b = ")
            .append(random.nextInt(100))
            .append("\n$$\n\n");
      } else if (html && extra < 0.3) {
        b.append("<div class=\"kader\">\n<p><b>")
            .append(words(random, 3))
            .append("</b><br>")
            .append(words(random, 12))
            .append("</p>\n</div>\n\n");
      } else if (table && extra < 0.4) {
        b.append("| kolom | waarde | uitleg |\n|---|---|---|\n");
        for (int r = 0; r < 3; r++) {
          b.append("| ")
              .append(WORDS[random.nextInt(WORDS.length)])
              .append(" | ")
              .append(random.nextInt(1000))
              .append(" | ")
              .append(words(random, 4))
              .append(" |\n");
        }
        b.append('\n');
      } else if (code && extra < 0.5) {
        b.append("```python\nfor i in range(")
            .append(random.nextInt(10))
            .append("):\n    print(i * i)\n```\n\n");
      }
    }
    if (image) {
      b.append(
          random.nextBoolean()
              ? "![Figuur](embed/figuur.png \"Figuur\")\n\n"
              : "<img src=\"embed/figuur.png\" alt=\"figuur\" width=\"60%\">\n\n");
    }
    if (random.nextDouble() < 0.1) {
      PathPlan p = paths.get(random.nextInt(paths.size()));
      b.append("Zie ook [het leerpad](https://dwengo.org/learning-path.html?hruid=")
          .append(p.hruid)
          .append("&language=")
          .append(p.language)
          .append(").\n\n");
    }
    double ref = random.nextDouble();
    if (ref < 0.06) {
      int target2 = random.nextInt(objects);
      String hruid = String.format("bo_%06d", target2);
      b.append(ref < 0.03 ? "[meer uitleg](@learning-object/" : "![](@learning-object/")
          .append(hruid)
          .append('/')
          .append(o.language)
          .append("/1)\n\n");
    }
    return b.toString();
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
    json.append("  \"title\": \"").append(words(random, 4)).append("\",\n");
    json.append("  \"description\": \"").append(words(random, 14)).append("\",\n");
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

  private static String title(SplittableRandom random, Obj o) {
    return "Les " + o.index + ": " + words(random, 3);
  }

  private static String words(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private static String paragraph(SplittableRandom random, boolean math) {
    StringBuilder b = new StringBuilder();
    int sentences = 2 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      String sentence = words(random, 6 + random.nextInt(12));
      b.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1));
      double style = random.nextDouble();
      if (math && style < 0.2) {
        b.append(" met $x_").append(s).append("^2 + y$");
      } else if (math && style < 0.3) {
        b.append(" waarbij \\(a_i \\cdot w_i\\)");
      } else if (style < 0.4) {
        b.append(" **").append(WORDS[random.nextInt(WORDS.length)]).append("**");
      }
      b.append(". ");
    }
    return b.toString().strip();
  }

  /** A skewed pick in [0, n): a few concepts and goals are common, most are rare. */
  private static int skewed(SplittableRandom random, int n) {
    double u = random.nextDouble();
    return (int) (n * u * u * u);
  }
}
