package org.pathgraph.content;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Record;
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

  /** The rendered form of each object for {@code role}, with one query for all their embeds. */
  Map<LearningObject, RenderResult> render(Collection<LearningObject> objects, Role role) {
    return render(objects, role, new Prefetched());
  }

  /**
   * The rendered form of each object for {@code role}: the embeds of objects that came with them
   * are taken from {@code prefetched}, the others' read in one query.
   */
  Map<LearningObject, RenderResult> render(
      Collection<LearningObject> objects, Role role, Prefetched prefetched) {
    Map<String, List<Map<String, Object>>> embeds = new HashMap<>();
    List<String> embedding = new java.util.ArrayList<>();
    for (LearningObject o : objects) {
      if (o.markdown() != null && o.markdown().contains("@learning-object")) {
        List<Map<String, Object>> known = prefetched.embeds(o.key());
        if (known != null) {
          embeds.put(o.key(), known);
        } else {
          embedding.add(o.key());
        }
      }
    }
    if (!embedding.isEmpty()) {
      for (Record r :
          graph.read(Statement.EMBEDS_OF_OBJECTS, Map.of("keys", embedding, "role", role.name()))) {
        embeds.put(r.get("key").asString(), r.get("targets").asList(v -> v.asMap()));
      }
    }
    Map<LearningObject, RenderResult> result = new LinkedHashMap<>();
    for (LearningObject o : objects) {
      List<Map<String, Object>> targets = embeds.getOrDefault(o.key(), List.of());
      result.put(o, cache.render(request(o, targets), resolver(o, targets), role.name()));
    }
    return result;
  }

  private RenderRequest request(LearningObject o, List<Map<String, Object>> embeds) {
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("title", o.title());
    metadata.put("aspect_ratio", o.aspectRatio());
    metadata.put("content_location", o.contentLocation());
    // Part of the cache key only: what the embedded objects were when this was rendered.
    Map<String, Object> embedded = new TreeMap<>();
    embeds.forEach(
        e -> embedded.put((String) e.get("key"), e.get("contentHash") + "/" + e.get("visible")));
    metadata.put("pathgraph.embeds", embedded.toString());
    return new RenderRequest(
        o.contentType(), o.markdown(), o.key(), folderUrl(o), relativeContentFile(o), metadata);
  }

  private ReferenceResolver resolver(LearningObject root, List<Map<String, Object>> targets) {
    Map<String, LearningObject> byKey = new HashMap<>();
    Map<String, Boolean> visible = new HashMap<>();
    for (Map<String, Object> t : targets) {
      LearningObject o = LearningObject.from(t);
      byKey.put(o.key(), o);
      visible.put(o.key(), Boolean.TRUE.equals(t.get("visible")));
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
