package org.pathgraph.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw sections of a {@code text/ct-schema} source: six tagged blocks ({@code <context>}, {@code
 * <decomposition>}, {@code <patternRecognition>}, {@code <abstraction>}, {@code <algorithms>},
 * {@code <implementation>}) whose contents are markdown.
 */
record CtSchemaSections(Map<Section, String> texts, List<String> problems) {

  enum Section {
    CONTEXT("context"),
    DECOMPOSITION("decomposition"),
    PATTERN_RECOGNITION("patternRecognition"),
    ABSTRACTION("abstraction"),
    ALGORITHMS("algorithms"),
    IMPLEMENTATION("implementation");

    private final String tag;

    Section(String tag) {
      this.tag = tag;
    }

    String tag() {
      return tag;
    }

    String cssClass() {
      return "ct-" + tag.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern SECTION =
      Pattern.compile(
          "<(context|decomposition|patternRecognition|abstraction|algorithms|implementation)>"
              + "(.*?)</\\1>",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  static CtSchemaSections parse(String source) {
    Map<Section, String> texts = new EnumMap<>(Section.class);
    List<String> problems = new ArrayList<>();
    Matcher m = SECTION.matcher(source);
    StringBuilder outside = new StringBuilder();
    int last = 0;
    while (m.find()) {
      outside.append(source, last, m.start());
      last = m.end();
      Section section = bySection(m.group(1));
      if (texts.containsKey(section)) {
        problems.add("section <" + section.tag() + "> appears twice; the first one is kept");
      } else {
        texts.put(section, m.group(2).strip());
      }
    }
    outside.append(source.substring(last));
    for (Section section : Section.values()) {
      if (!texts.containsKey(section)) {
        problems.add("missing section <" + section.tag() + ">");
      }
    }
    if (!outside.toString().isBlank()) {
      problems.add("text outside the six sections is ignored");
    }
    return new CtSchemaSections(texts, problems);
  }

  private static Section bySection(String tag) {
    for (Section section : Section.values()) {
      if (section.tag().equalsIgnoreCase(tag)) {
        return section;
      }
    }
    throw new IllegalStateException("pattern admits no other tag: " + tag);
  }

  String text(Section section) {
    return texts.get(section);
  }
}
