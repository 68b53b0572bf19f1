package org.pathgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Cypher statements of {@code cypher/queries/**}, loaded once from the classpath, one for each
 * {@link Statement}. A query that names a fragment with {@code /*+ visible(o) *}{@code /} gets the
 * shared visibility predicate of {@code cypher/fragments/visible.cypher} for variable {@code o}, so
 * access rules live in one file.
 */
public final class CypherQueries {

  private static final Pattern FRAGMENT = Pattern.compile("/\\*\\+\\s*(\\w+)\\((\\w+)\\)\\s*\\*/");

  private final Map<Statement, String> queries;

  private CypherQueries(Map<Statement, String> queries) {
    this.queries = queries;
  }

  /**
   * Loads every statement under {@code classpath:cypher/queries/}, with its fragments expanded.
   *
   * @throws IllegalStateException when a {@link Statement} has no file, a file has no constant, or
   *     a statement names an unknown fragment
   */
  public static CypherQueries load() {
    Map<String, String> fragments = read("cypher/fragments/");
    Map<String, String> raw = read("cypher/queries/");
    Map<Statement, String> expanded = new EnumMap<>(Statement.class);
    for (Statement statement : Statement.values()) {
      String text = raw.remove(statement.file());
      if (text == null) {
        throw new IllegalStateException(
            "Statement."
                + statement
                + " names cypher/queries/"
                + statement.file()
                + ".cypher,"
                + " which does not exist");
      }
      expanded.put(statement, expand(statement.file(), text, fragments));
    }
    if (!raw.isEmpty()) {
      throw new IllegalStateException(
          "cypher/queries holds statements no Statement constant names: " + raw.keySet());
    }
    return new CypherQueries(expanded);
  }

  /** The text of {@code statement}, its fragments expanded. */
  public String get(Statement statement) {
    return queries.get(statement);
  }

  private static String expand(String name, String text, Map<String, String> fragments) {
    return expand(name, text, fragments, 0);
  }

  /** Expands the fragments of {@code text}, and theirs in turn (a fragment may use fragments). */
  private static String expand(String name, String text, Map<String, String> fragments, int depth) {
    if (depth > 3) {
      throw new IllegalStateException(
          "cypher/queries/" + name + ".cypher: fragments nest too deep");
    }
    Matcher m = FRAGMENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String fragment = fragments.get(m.group(1));
      if (fragment == null) {
        throw new IllegalStateException(
            "cypher/queries/" + name + ".cypher names unknown fragment " + m.group(1));
      }
      // Fragments are written for variable `o` (as `o.x` and `(o)`); the variable name comes from
      // our own files.
      String body = fragment.strip().replaceAll("\\bo\\b(?=[.)])", m.group(2));
      m.appendReplacement(
          out, Matcher.quoteReplacement("(" + expand(name, body, fragments, depth + 1) + ")"));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  private static Map<String, String> read(String folder) {
    Map<String, String> result = new TreeMap<>();
    try {
      var resolver = new PathMatchingResourcePatternResolver();
      for (Resource resource : resolver.getResources("classpath*:" + folder + "**/*.cypher")) {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf(folder);
        String name = url.substring(at + folder.length(), url.length() - ".cypher".length());
        String text = resource.getContentAsString(StandardCharsets.UTF_8);
        result.put(name, stripComments(text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
    return result;
  }

  private static String stripComments(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.strip().startsWith("//")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
