package org.pathgraph.content;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pathgraph.PathgraphProperties;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.render.Embeddable;
import org.pathgraph.render.ReferenceResolver;
import org.pathgraph.render.RenderCache;
import org.pathgraph.render.RenderOptions;
import org.pathgraph.render.RenderRequest;
import org.pathgraph.render.RenderResult;
import org.pathgraph.render.Renderer;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * Renders learning objects for the GraphQL {@code html} field: the pure {@link Renderer} built once
 * from the settings, a bounded cache, and a resolver over the objects a batch embeds, fetched in
 * one statement. The cache key holds the content hashes of the embedded objects, so a changed embed
 * renders anew on every server instance without any invalidation message.
 */
@Service
class Rendering {

  private final Graph graph;
  private final ContentFiles files;
  private final RenderCache cache;
  private final String baseUrl;

  Rendering(
      Graph graph,
      ContentFiles files,
      PathgraphProperties properties,
      Optional<MeterRegistry> meters) {
    this.graph = graph;
    this.files = files;
    this.baseUrl = properties.links().baseUrl();
    PathgraphProperties.Render render = properties.render();
    RenderOptions defaults = RenderOptions.defaults();
    RenderOptions options =
        new RenderOptions(
            baseUrl,
            properties.links().pathUrl(),
            properties.links().objectUrl(),
            render.iframeHosts().isEmpty()
                ? defaults.iframeHosts()
                : java.util.Set.copyOf(render.iframeHosts()),
            render.blocklyViewerUrl(),
            render.maxEmbedDepth());
    this.cache = new RenderCache(new Renderer(options), render.cacheSize());
    meters.ifPresent(this::measure);
  }

  private void measure(MeterRegistry registry) {
    FunctionCounter.builder("pathgraph.render.cache.hits", cache, c -> c.stats().hitCount())
        .description("Rendered HTML served from the cache")
        .register(registry);
    FunctionCounter.builder("pathgraph.render.cache.misses", cache, c -> c.stats().missCount())
        .description("Objects rendered because the cache did not hold them")
        .register(registry);
    Gauge.builder("pathgraph.render.cache.size", cache, RenderCache::size)
        .description("Rendered objects held in the cache")
        .register(registry);
  }

  /** Whether the body of {@code o} embeds other objects (whose rendering it then includes). */
  static boolean embedsObjects(LearningObject o) {
    return o.markdown() != null && o.markdown().contains("@learning-object");
  }

  /** The objects each of {@code keys} embeds, as {@code role} sees them, in one statement. */
  Map<String, List<Embed>> embeds(Collection<String> keys, Role role) {
    return graph.readLists(Statement.EMBEDS_OF_OBJECTS, keys, role.name(), "targets", Embed::from);
  }

  /** The rendered form of {@code o} for {@code role}, given the objects it embeds. */
  RenderResult render(LearningObject o, List<Embed> embeds, Role role) {
    return cache.render(request(o, embeds), resolver(o, embeds), role.name());
  }

  private RenderRequest request(LearningObject o, List<Embed> embeds) {
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("title", o.title());
    metadata.put("aspect_ratio", o.aspectRatio());
    metadata.put("content_location", o.contentLocation());
    // Part of the cache key only: what the embedded objects were when this was rendered.
    Map<String, Object> embedded = new TreeMap<>();
    embeds.forEach(
        e -> embedded.put(e.object().key(), e.object().contentHash() + "/" + e.visible()));
    metadata.put("pathgraph.embeds", embedded.toString());
    return new RenderRequest(
        o.contentType(), o.markdown(), o.key(), folderUrl(o), relativeContentFile(o), metadata);
  }

  private ReferenceResolver resolver(LearningObject root, List<Embed> targets) {
    Map<String, LearningObject> byKey = new HashMap<>();
    Map<String, Boolean> visible = new HashMap<>();
    for (Embed t : targets) {
      byKey.put(t.object().key(), t.object());
      visible.put(t.object().key(), t.visible());
    }
    byKey.put(root.key(), root);
    visible.put(root.key(), true);
    return new ReferenceResolver() {
      @Override
      public Optional<Embeddable> object(String hruid, String language, Integer version) {
        LearningObject found = null;
        for (LearningObject o : byKey.values()) {
          if (o.hruid().equals(hruid)
              && o.language().equals(language)
              && (version == null
                  ? found == null || o.version() > found.version()
                  : o.version() == version)) {
            found = o;
          }
        }
        if (found == null) {
          return Optional.empty();
        }
        if (!visible.get(found.key())) {
          return Optional.of(Embeddable.restricted(found.key()));
        }
        return Optional.of(new Embeddable(found.key(), request(found, List.of()), false));
      }

      @Override
      public boolean assetExists(String objectKey, String relativePath) {
        LearningObject o = byKey.get(objectKey);
        // What the asset endpoint would not serve (a source file, a nested object's file) is
        // missing for the content that refers to it.
        return o != null
            && files.asset(o.folder(), relativePath, o.contentType(), o.contentFile()).isPresent();
      }
    };
  }

  /** Where an object's files are served: {@code /assets/{language}/{hruid}/{version}/}. */
  String folderUrl(LearningObject o) {
    return baseUrl
        + "/assets/"
        + UriUtils.encodePathSegment(o.language(), "UTF-8")
        + "/"
        + UriUtils.encodePathSegment(o.hruid(), "UTF-8")
        + "/"
        + o.version()
        + "/";
  }

  private static String relativeContentFile(LearningObject o) {
    String file = o.contentFile();
    if (file == null || o.folder() == null) {
      return file;
    }
    String prefix = o.folder().isEmpty() ? "" : o.folder() + "/";
    return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
  }

  /** Hit and miss counts of the render cache, for the benchmark and the tests. */
  public com.github.benmanes.caffeine.cache.stats.CacheStats cacheStats() {
    return cache.stats();
  }
}
