package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EmbedTests {

  @Test
  void cycleTerminatesWithPlaceholderAndWarning() {
    FakeResolver resolver =
        new FakeResolver()
            .markdown("a/nl/1", "A ![](@learning-object/b/nl/1)")
            .markdown("b/nl/1", "B ![](@learning-object/a/nl/1)");
    Renderer renderer = new Renderer(RenderOptions.defaults());

    RenderResult result =
        renderer.render(
            RenderRequest.markdown("A ![](@learning-object/b/nl/1)", "a/nl/1", "/a/"), resolver);
    Document doc = Jsoup.parseBodyFragment(result.html());

    assertThat(doc.select("div.pg-object")).hasSize(1);
    assertThat(doc.select("div.pg-object div.pg-missing")).hasSize(1);
    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("embed cycle: a/nl/1 -> b/nl/1 -> a/nl/1");
  }

  @Test
  void selfEmbedIsACycle() {
    FakeResolver resolver = new FakeResolver().markdown("a/nl/1", "A ![](@learning-object/a/nl/1)");

    RenderResult result =
        new Renderer(RenderOptions.defaults())
            .render(
                RenderRequest.markdown("A ![](@learning-object/a/nl/1)", "a/nl/1", "/a/"),
                resolver);

    assertThat(result.html()).contains("pg-missing").doesNotContain("pg-object");
    assertThat(result.warnings()).singleElement().asString().contains("embed cycle");
  }

  @Test
  void depthLimitIsHonoured() {
    FakeResolver resolver = new FakeResolver();
    for (int i = 1; i <= 5; i++) {
      resolver.markdown(
          "d" + i + "/nl/1", "level " + i + "\n\n![](@learning-object/d" + (i + 1) + "/nl/1)");
    }
    resolver.markdown("d6/nl/1", "bottom");
    RenderOptions defaults = RenderOptions.defaults();
    RenderOptions depth2 =
        new RenderOptions(
            defaults.baseUrl(),
            defaults.pathUrlTemplate(),
            defaults.objectUrlTemplate(),
            defaults.iframeHosts(),
            defaults.blocklyViewerUrl(),
            2);

    RenderResult result =
        new Renderer(depth2)
            .render(
                RenderRequest.markdown("![](@learning-object/d1/nl/1)", "root/nl/1", "/"),
                resolver);
    Document doc = Jsoup.parseBodyFragment(result.html());

    assertThat(doc.select("div.pg-object")).hasSize(2);
    assertThat(doc.text()).contains("level 1", "level 2").doesNotContain("level 3");
    assertThat(doc.select("div.pg-object div.pg-object div.pg-missing")).hasSize(1);
    assertThat(result.warnings()).singleElement().asString().contains("embed depth limit 2");
  }

  @Test
  void depthZeroEmbedsNothing() {
    RenderOptions d = RenderOptions.defaults();
    Renderer renderer =
        new Renderer(
            new RenderOptions(
                d.baseUrl(),
                d.pathUrlTemplate(),
                d.objectUrlTemplate(),
                d.iframeHosts(),
                d.blocklyViewerUrl(),
                0));

    RenderResult result =
        renderer.render(
            RenderRequest.markdown("![](@learning-object/child/nl/1)", "r/nl/1", "/"),
            FakeResolver.golden());

    assertThat(result.html()).contains("pg-missing").doesNotContain("Child");
  }

  @Test
  void restrictedObjectLeavesNoContentAndNoWarning() {
    RenderResult result =
        new Renderer(RenderOptions.defaults())
            .render(
                RenderRequest.markdown("![](@learning-object/secret/nl/1)", "r/nl/1", "/"),
                FakeResolver.golden());

    assertThat(result.html()).isEqualTo("<div class=\"pg-restricted\"></div>\n");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void failingResolverGivesPlaceholderNotException() {
    ReferenceResolver broken =
        new ReferenceResolver() {
          @Override
          public Optional<Embeddable> object(String hruid, String language, Integer version) {
            throw new IllegalStateException("database down");
          }

          @Override
          public boolean assetExists(String objectKey, String relativePath) {
            throw new IllegalStateException("database down");
          }
        };

    RenderResult result =
        new Renderer(RenderOptions.defaults())
            .render(
                RenderRequest.markdown("![](@learning-object/x/nl/1) ![p](p.png)", "r/nl/1", "/f/"),
                broken);

    assertThat(result.html()).contains("pg-missing", "/f/p.png");
    assertThat(result.warnings()).hasSize(2);
  }

  @Test
  void embeddedObjectKeepsItsOwnAssetFolderAndWarnings() {
    FakeResolver resolver = new FakeResolver().markdown("c/nl/2", "![x](missing.png)");

    RenderResult result =
        new Renderer(RenderOptions.defaults())
            .render(
                RenderRequest.markdown("![](@learning-object/c/nl/2)", "r/nl/1", "/r/"), resolver);

    assertThat(result.html()).contains("src=\"/assets/nl/c/2/missing.png\"");
    assertThat(result.warnings()).containsExactly("c/nl/2: missing asset: missing.png");
    assertThat(Set.copyOf(result.warnings())).hasSize(1);
  }
}
