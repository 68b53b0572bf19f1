package org.pathgraph.bench;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
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
import org.pathgraph.ingest.ContentReader;
import org.pathgraph.ingest.ObjectSource;
import org.pathgraph.render.ReferenceResolver;
import org.pathgraph.render.RenderCache;
import org.pathgraph.render.RenderOptions;
import org.pathgraph.render.RenderRequest;
import org.pathgraph.render.Renderer;

/**
 * JMH: a cold render of the corpus's markdown objects (no cache) by Pathgraph's renderer and by
 * plain flexmark with the same extensions, and a render-cache hit. The corpus comes from {@code
 * -Dbench.corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmarks {

  static final int OBJECTS = 500;

  private List<RenderRequest> requests;
  private Renderer renderer;
  private RenderCache cache;
  private Parser parser;
  private HtmlRenderer html;
  private ReferenceResolver resolver;

  @Setup
  public void setUp() {
    Path corpus = Path.of(System.getProperty("bench.corpus"));
    requests = new ArrayList<>();
    for (ObjectSource o : new ContentReader().read(corpus).objects()) {
      if ("text/markdown".equals(o.contentType()) && requests.size() < OBJECTS) {
        requests.add(
            new RenderRequest(
                o.contentType(),
                o.body(),
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
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListExtension.create(),
            AutolinkExtension.create(),
            AnchorLinkExtension.create()));
    parser = Parser.builder(options).build();
    html = HtmlRenderer.builder(options).build();
  }

  /** Every object once through Pathgraph's renderer: markdown, Dwengo rewriting, sanitizer. */
  @Benchmark
  public void pathgraphCold(Blackhole bh) {
    for (RenderRequest r : requests) {
      bh.consume(renderer.render(r, resolver));
    }
  }

  /** Every object once through flexmark alone. */
  @Benchmark
  public void flexmarkPlain(Blackhole bh) {
    for (RenderRequest r : requests) {
      bh.consume(html.render(parser.parse(r.body())));
    }
  }

  /** One lookup of a rendered object in the render cache. */
  @Benchmark
  public Object cacheHit() {
    return cache.render(requests.get(0), resolver, "ANONYMOUS");
  }
}
