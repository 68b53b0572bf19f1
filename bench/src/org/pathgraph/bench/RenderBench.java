package org.pathgraph.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link RenderBenchmarks} in a forked JVM and reduces it to the figures the targets need. */
final class RenderBench {

  private RenderBench() {}

  static Map<String, Object> run(CorpusGenerator.Corpus corpus) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(RenderBenchmarks.class.getName())
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(2))
            .jvmArgsAppend("-Xmx1g", "-Dbench.corpus=" + corpus.root())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> micros = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      micros.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    int n = RenderBenchmarks.OBJECTS;
    out.put("objects", n);
    out.put("pathgraphColdMicrosPerObject", micros.get("pathgraphCold") / n);
    out.put("flexmarkMicrosPerObject", micros.get("flexmarkPlain") / n);
    out.put("coldRatio", micros.get("pathgraphCold") / micros.get("flexmarkPlain"));
    out.put("cacheHitMicros", micros.get("cacheHit"));
    return out;
  }
}
