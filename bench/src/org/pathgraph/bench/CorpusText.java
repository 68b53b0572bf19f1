package org.pathgraph.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.pathgraph.bench.CorpusGenerator.Obj;
import org.pathgraph.bench.CorpusGenerator.PathPlan;

/** The generated corpus's text: Dutch-looking words, titles, paragraphs and object bodies. */
final class CorpusText {

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

  private CorpusText() {}

  /** A markdown body of about the sample's size and mix (math, HTML, tables, code, links). */
  static String body(
      SplittableRandom random, Obj o, boolean image, List<PathPlan> paths, int objects) {
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
              .append(word(random))
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
          .append(p.hruid())
          .append("&language=")
          .append(p.language())
          .append(").\n\n");
    }
    double ref = random.nextDouble();
    if (ref < 0.06) {
      int target2 = random.nextInt(objects);
      String hruid = String.format("bo_%06d", target2);
      b.append(ref < 0.03 ? "[meer uitleg](@learning-object/" : "![](@learning-object/")
          .append(hruid)
          .append('/')
          .append(o.language())
          .append("/1)\n\n");
    }
    return b.toString();
  }

  static String title(SplittableRandom random, Obj o) {
    return "Les " + o.index() + ": " + words(random, 3);
  }

  static String words(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(word(random));
    }
    return b.toString();
  }

  static String paragraph(SplittableRandom random, boolean math) {
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
        b.append(" **").append(word(random)).append("**");
      }
      b.append(". ");
    }
    return b.toString().strip();
  }

  static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }
}
