package org.pathgraph.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderCacheTests {

  private final RenderCache cache = new RenderCache(new Renderer(RenderOptions.defaults()), 2);
  private final ReferenceResolver resolver = FakeResolver.golden();

  @Test
  void sameRequestAndRoleIsAHit() {
    RenderRequest request = RenderRequest.markdown("# Hi", "a/nl/1", "/assets/nl/a/1/");

    RenderResult first = cache.render(request, resolver, "student");
    RenderResult second =
        cache.render(
            RenderRequest.markdown("# Hi", "a/nl/1", "/assets/nl/a/1/"), resolver, "student");

    assertThat(second).isSameAs(first);
    assertThat(cache.stats().hitCount()).isEqualTo(1);
    assertThat(cache.stats().missCount()).isEqualTo(1);
  }

  @Test
  void otherRoleOrContentIsAMiss() {
    RenderRequest request = RenderRequest.markdown("# Hi", "a/nl/1", "/assets/nl/a/1/");
    cache.render(request, resolver, "student");
    cache.render(request, resolver, "teacher");
    cache.render(
        RenderRequest.markdown("# Hello", "a/nl/1", "/assets/nl/a/1/"), resolver, "student");

    assertThat(cache.stats().missCount()).isEqualTo(3);
    assertThat(cache.stats().hitCount()).isZero();
  }

  @Test
  void metadataOrderDoesNotChangeTheHash() {
    var a =
        new RenderRequest(
            "extern", "", "k", "/", null, Map.of("title", "T", "aspect_ratio", "4:3"));
    var b =
        new RenderRequest(
            "extern", "", "k", "/", null, Map.of("aspect_ratio", "4:3", "title", "T"));

    assertThat(RenderCache.hash(a)).isEqualTo(RenderCache.hash(b));
    assertThat(RenderCache.hash(a))
        .isNotEqualTo(RenderCache.hash(new RenderRequest("extern", "", "k", "/x", null, Map.of())));
  }

  @Test
  void sizeIsBounded() {
    for (int i = 0; i < 10; i++) {
      cache.render(RenderRequest.markdown("n" + i, "a/nl/1", "/"), resolver, "student");
    }

    assertThat(cache.size()).isLessThanOrEqualTo(2);
    assertThat(cache.stats().evictionCount()).isPositive();
  }
}
