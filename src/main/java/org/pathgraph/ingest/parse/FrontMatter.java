package org.pathgraph.ingest.parse;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.pathgraph.ingest.tree.FileRejected;

/**
 * A markdown file split into its YAML front matter and its body.
 *
 * @param yaml the lines between the opening and closing lines
 * @param firstLine the 1-based line number of the first YAML line in the file, to place YAML errors
 * @param body the text after the closing line, lines joined with {@code \n}
 */
record FrontMatter(String yaml, int firstLine, String body) {

  private static final Pattern LINE_END = Pattern.compile("\r\n|\n|\r");
  private static final Pattern CLOSING = Pattern.compile("(-{3,}|\\.\\.\\.)\\s*");

  /** Splits text whose byte-order mark is already gone; blank lines may precede the opening. */
  static FrontMatter split(String text) {
    String[] lines = LINE_END.split(text, -1);
    int open = 0;
    while (open < lines.length && lines[open].isBlank()) {
      open++;
    }
    if (open == lines.length || !lines[open].stripTrailing().equals("---")) {
      throw new FileRejected(
          "NO_FRONT_MATTER", null, "file does not start with a '---' line opening a front matter");
    }
    for (int close = open + 1; close < lines.length; close++) {
      if (CLOSING.matcher(lines[close]).matches()) {
        return new FrontMatter(
            String.join("\n", Arrays.copyOfRange(lines, open + 1, close)),
            open + 2,
            String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length)));
      }
    }
    throw new FileRejected(
        "NO_FRONT_MATTER",
        null,
        "the front matter opened on line " + (open + 1) + " is never closed by a '---' line");
  }
}
