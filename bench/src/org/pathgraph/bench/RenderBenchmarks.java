package org.pathgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.pathgraph.content.LearningObject;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.parse.ObjectSource;
import org.pathgraph.render.MarkdownEngine;
import org.pathgraph.render.ReferenceResolver;
import org.pathgraph.render.RenderCache;
import org.pathgraph.render.RenderOptions;
import org.pathgraph.render.RenderRequest;
import org.pathgraph.render.Renderer;

/**
 * JMH: a cold render of the corpus's markdown objects (no cache) by Pathgraph's renderer and by
 * Pathgraph's markdown engine alone (flexmark with the renderer's own options), and a render-cache
 * hit. The corpus comes from {@code -Dbench.corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmarks {

  static final int OBJECTS = 500;

  private List<RenderRequest> requests;
  private Renderer renderer;
  private RenderCache cache;
  private MarkdownEngine markdown;
  private ReferenceResolver resolver;

  @Setup
  public void setUp() {
    Path corpus = Path.of(System.getProperty("bench.corpus"));
    requests = new ArrayList<>();
    for (ObjectSource source : new ContentReader().read(corpus).objects()) {
      LearningObject o = source.object();
      if ("text/markdown".equals(o.contentType()) && requests.size() < OBJECTS) {
        requests.add(
            new RenderRequest(
                o.contentType(),
                o.markdown(),
                o.key(),
                "/assets/" + o.language() + "/" + o.hruid() + "/" + o.version(),
                null,
                Map.of("title", o.title() == null ? "" : o.title())));
      }
    }
    renderer = new Renderer(RenderOptions.defaults());
    cache = new RenderCache(renderer, 10_000);
    resolver = ReferenceResolver.none();
    cache.render(requests.get(0), resolver, "ANONYMOUS");
    markdown = new MarkdownEngine();
  }

  /** Every object once through Pathgraph's renderer: markdown, Dwengo rewriting, sanitizer. */
  @Benchmark
  public void pathgraphCold(Blackhole bh) {
    for (RenderRequest r : requests) {
      bh.consume(renderer.render(r, resolver));
    }
  }

  /** Every object once through the renderer's markdown engine alone: flexmark, its options. */
  @Benchmark
  public void flexmarkPlain(Blackhole bh) {
    for (RenderRequest r : requests) {
      bh.consume(markdown.toHtml(r.body()));
    }
  }

  /** One lookup of a rendered object in the render cache. */
  @Benchmark
  public Object cacheHit() {
    return cache.render(requests.get(0), resolver, "ANONYMOUS");
  }
}
