package org.pathgraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.ingest.Fixtures;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;
import org.pathgraph.ingest.check.ImportSummary;

class LinkExtractorTests {

  @Test
  void fixtureObjectHasLinksOfEveryKindAndNoneFromFencedCode() {
    ContentSnapshot snapshot = new ContentReader().read(Fixtures.tree());
    ObjectSource links = Fixtures.object(snapshot, "links/nl/1").orElseThrow();

    assertThat(links.links())
        .containsExactly(
            new LinkRef(LinkKind.PATH_LINK, "good_path/nl", "links/nl/1"),
            new LinkRef(LinkKind.PATH_LINK, "html_path/en", null),
            new LinkRef(LinkKind.PATH_LINK, "bare_path/nl", null),
            new LinkRef(LinkKind.OBJECT_EMBED, "meta_asset/nl/1", null),
            new LinkRef(LinkKind.OBJECT_LINK, "missing_object/nl/3", null),
            new LinkRef(LinkKind.OBJECT_LINK, "version_text/nl/3", null));
    assertThat(Fixtures.problemsOf(snapshot, "learning_objects/links/index.md"))
        .extracting(ImportProblem::code, ImportProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "UNRESOLVED_LINK", "link to learning path html_path/en is not in this content"),
            org.assertj.core.groups.Tuple.tuple(
                "UNRESOLVED_LINK", "link to learning path bare_path/nl is not in this content"),
            org.assertj.core.groups.Tuple.tuple(
                "UNRESOLVED_LINK",
                "reference to learning object missing_object/nl/3 is not in this content"));
  }

  @Test
  void summaryCountsPathLinksAndOnlyLearningObjectReferences() {
    ImportSummary summary = new ContentReader().read(Fixtures.tree()).summary();
    assertThat(summary.crossPathLinks()).isEqualTo(3);
    assertThat(summary.crossPathLinksResolved()).isEqualTo(1);
    // getWrapped URLs are links, but the contract counts only @learning-object references.
    assertThat(summary.objectReferences()).isEqualTo(2);
    assertThat(summary.objectReferencesResolved()).isEqualTo(1);
  }

  @Test
  void ampersandEntitiesAreDecodedInHtmlAttributes() {
    String html = "<a href=\"https://dwengo.org/learning-path.html?hruid=p&amp;language=nl\">x</a>";
    assertThat(LinkExtractor.extract(html).links())
        .containsExactly(new LinkRef(LinkKind.PATH_LINK, "p/nl", null));
  }

  @Test
  void sameTargetLinkedTwiceIsOneLinkKeepingTheFirstFragment() {
    String text =
        "[a](/learning-path.html?hruid=p&language=nl#o;nl;3)\n"
            + "[b](/learning-path.html?hruid=p&language=nl#other;nl;3)";
    assertThat(LinkExtractor.extract(text).links())
        .containsExactly(new LinkRef(LinkKind.PATH_LINK, "p/nl", "o/nl/3"));
  }

  @Test
  void rawImgSourceIsAnEmbedAndAPlainLinkIsALink() {
    String text = "<img src=\"@learning-object/pic/nl/1\"> and [see](@learning-object/other/nl/2)";
    LinkExtractor.Found found = LinkExtractor.extract(text);
    assertThat(found.links())
        .containsExactly(
            new LinkRef(LinkKind.OBJECT_EMBED, "pic/nl/1", null),
            new LinkRef(LinkKind.OBJECT_LINK, "other/nl/2", null));
    assertThat(found.objectReferences()).containsExactlyInAnyOrder("pic/nl/1", "other/nl/2");
  }

  @Test
  void linkAfterAClosedFenceIsFoundAgain() {
    String text =
        String.join(
            "\n",
            List.of(
                "````",
                "```",
                "learning-path.html?hruid=inside&language=nl",
                "````",
                "learning-path.html?hruid=outside&language=nl"));
    assertThat(LinkExtractor.extract(text).links())
        .containsExactly(new LinkRef(LinkKind.PATH_LINK, "outside/nl", null));
  }

  @Test
  void urlWithoutHruidOrLanguageIsNoLink() {
    assertThat(LinkExtractor.extract("learning-path.html?hruid=only").links()).isEmpty();
    assertThat(LinkExtractor.extract("my-learning-path.html?hruid=a&language=nl").links())
        .isEmpty();
  }
}
