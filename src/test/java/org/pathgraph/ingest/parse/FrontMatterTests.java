package org.pathgraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.ingest.tree.FileRejected;

class FrontMatterTests {

  @Test
  void frontMatterClosedByManyDashesKeepsTheBody() {
    FrontMatter split = FrontMatter.split("---\nhruid: a\n-----------------------\n# Body\n");
    assertThat(split.yaml()).isEqualTo("hruid: a");
    assertThat(split.firstLine()).isEqualTo(2);
    assertThat(split.body()).isEqualTo("# Body\n");
  }

  @Test
  void blankLinesAndCrlfAreTolerated() {
    FrontMatter split = FrontMatter.split("\r\n  \r\n---\r\nhruid: a\r\n...\r\nbody");
    assertThat(split.yaml()).isEqualTo("hruid: a");
    assertThat(split.firstLine()).isEqualTo(4);
    assertThat(split.body()).isEqualTo("body");
  }

  @Test
  void unclosedFrontMatterIsRefusedNamingItsLine() {
    assertThatThrownBy(() -> FrontMatter.split("---\nhruid: a\n"))
        .isInstanceOf(FileRejected.class)
        .hasMessage("the front matter opened on line 1 is never closed by a '---' line");
  }

  @Test
  void yamlErrorsPointAtTheFileLine() {
    YamlMapping yaml = new YamlMapping(1_000_000);
    assertThatThrownBy(() -> yaml.parse("a: 1\nb: [unclosed", 5))
        .isInstanceOf(FileRejected.class)
        .hasMessageContaining("(line 6");
  }

  @Test
  void yamlTagsForJavaObjectsAreRefused() {
    YamlMapping yaml = new YamlMapping(1_000_000);
    assertThatThrownBy(() -> yaml.parse("a: !!javax.script.ScriptEngineManager []", 2))
        .isInstanceOf(FileRejected.class)
        .extracting(e -> ((FileRejected) e).code())
        .isEqualTo("YAML_SYNTAX");
  }

  @Test
  void deepNestingIsRefused() {
    YamlMapping yaml = new YamlMapping(1_000_000);
    String deep = "a: " + "[".repeat(200) + "]".repeat(200);
    assertThatThrownBy(() -> yaml.parse(deep, 2))
        .isInstanceOf(FileRejected.class)
        .extracting(e -> ((FileRejected) e).code())
        .isEqualTo("YAML_LIMIT");
  }

  @Test
  void mappingKeysAreTexts() {
    assertThat(new YamlMapping(1_000_000).parse("1: one\nversion: 3", 2))
        .isEqualTo(Map.of("1", "one", "version", 3));
  }
}
