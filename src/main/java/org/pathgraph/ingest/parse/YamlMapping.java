package org.pathgraph.ingest.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathgraph.ingest.tree.FileRejected;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses front matter into a mapping with snakeyaml's safe constructor and limits that stop alias
 * bombs, deep nesting and huge documents from costing more than a rejected file.
 */
final class YamlMapping {

  static final int MAX_ALIASES = 50;
  static final int MAX_NESTING = 50;

  private final int maxCodePoints;

  YamlMapping(int maxCodePoints) {
    this.maxCodePoints = maxCodePoints;
  }

  /**
   * The document as a mapping with text keys.
   *
   * @param firstLine the file line the YAML starts on, so messages point into the file
   */
  Map<String, Object> parse(String yaml, int firstLine) {
    Object document;
    try {
      document = newYaml().load(yaml);
    } catch (DuplicateKeyException e) {
      String key = duplicateKey(e);
      throw new FileRejected(
          "DUPLICATE_KEY", key, "key '" + key + "' appears twice" + where(e, firstLine));
    } catch (MarkedYAMLException e) {
      throw new FileRejected(
          "YAML_SYNTAX",
          null,
          "front matter is not valid YAML: " + e.getProblem() + where(e, firstLine));
    } catch (YAMLException e) {
      throw new FileRejected("YAML_LIMIT", null, "front matter is refused: " + e.getMessage());
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new FileRejected(
          "NOT_A_MAPPING",
          null,
          "front matter must be a mapping of keys to values, got "
              + (document == null ? "nothing" : Values.describe(document)));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((key, value) -> result.put(String.valueOf(key), value));
    return result;
  }

  private Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(maxCodePoints);
    options.setAllowRecursiveKeys(false);
    DumperOptions dumperOptions = new DumperOptions();
    // Yaml is not thread-safe and files are parsed in parallel: one instance per document.
    return new Yaml(
        new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);
  }

  private static String duplicateKey(DuplicateKeyException e) {
    String problem = String.valueOf(e.getProblem());
    String prefix = "found duplicate key ";
    return problem.startsWith(prefix) ? problem.substring(prefix.length()).strip() : problem;
  }

  private static String where(MarkedYAMLException e, int firstLine) {
    Mark mark = e.getProblemMark();
    return mark == null
        ? ""
        : " (line " + (mark.getLine() + firstLine) + ", column " + (mark.getColumn() + 1) + ")";
  }
}
