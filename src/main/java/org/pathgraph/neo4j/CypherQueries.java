package org.pathgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Cypher statements of {@code cypher/queries/**}, loaded once from the classpath and named by
 * their path without extension ({@code content/find-object}). A query that names a fragment with
 * {@code /*+ visible(o) *}{@code /} gets the shared visibility predicate of {@code
 * cypher/fragments/visible.cypher} for variable {@code o}, so access rules live in one file.
 */
public final class CypherQueries {

  private static final Pattern FRAGMENT = Pattern.compile("/\\*\\+\\s*(\\w+)\\((\\w+)\\)\\s*\\*/");

  private final Map<String, String> queries;

  private CypherQueries(Map<String, String> queries) {
    this.queries = queries;
  }

  /** Loads every statement under {@code classpath:cypher/queries/}. */
  public static CypherQueries load() {
    Map<String, String> fragments = read("cypher/fragments/");
    Map<String, String> raw = read("cypher/queries/");
    Map<String, String> expanded = new TreeMap<>();
    raw.forEach((name, text) -> expanded.put(name, expand(name, text, fragments)));
    return new CypherQueries(Map.copyOf(expanded));
  }

  /** The statement called {@code name}; unknown names fail at start-up, where callers look up. */
  public String get(String name) {
    String text = queries.get(name);
    if (text == null) {
      throw new IllegalStateException("no Cypher statement cypher/queries/" + name + ".cypher");
    }
    return text;
  }

  /** Every statement's name. */
  public java.util.Set<String> names() {
    return queries.keySet();
  }

  private static String expand(String name, String text, Map<String, String> fragments) {
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
      m.appendReplacement(out, Matcher.quoteReplacement("(" + body + ")"));
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
