package org.pathgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The targets, each judged met or missed from the figures of one run. */
final class Targets {

  private Targets() {}

  static List<Map<String, Object>> evaluate(Map<String, Object> report) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> scales = Results.map(report.get("scales"));
    List<String> keys = new ArrayList<>(scales.keySet());
    String smallest = keys.get(0);
    String largest = keys.get(keys.size() - 1);
    Map<String, Object> big = Results.map(scales.get(largest));
    Map<String, Object> small = Results.map(scales.get(smallest));

    Map<String, Object> http = Results.map(report.get("http"));
    if (http != null) {
      Map<String, Object> latency = Results.map(http.get("latency"));
      add(
          out,
          "{ __typename } over HTTP: p50 ≤ 1.5× a bare servlet",
          "≤ 1.5",
          Results.num(latency.get("p50Ratio")),
          1.5,
          "×");
    }
    Map<String, Object> peers = Results.map(report.get("peer"));
    if (peers != null) {
      peers.forEach((name, peer) -> PeerBench.targets(name, Results.map(peer), out));
    }
    Map<String, Object> imp = Results.map(big.get("import"));
    if (imp != null) {
      add(
          out,
          "full import ≤ 1.5× floor (" + largest + ")",
          "≤ 1.5",
          Results.num(imp.get("ratioToFloor")),
          1.5,
          "×");
      add(
          out,
          "no-change re-import ≤ 10% of full (" + largest + ")",
          "≤ 10%",
          100 * Results.num(imp.get("noChangeShareOfFull")),
          10,
          "%");
      Map<String, Object> impSmall = Results.map(small.get("import"));
      if (impSmall != null && !smallest.equals(largest)) {
        double growth =
            Results.num(imp.get("importMsPerObject"))
                / Results.num(impSmall.get("importMsPerObject"));
        add(
            out,
            "import cost per object " + smallest + " → " + largest + " ≤ 1.2×",
            "≤ 1.2",
            growth,
            1.2,
            "×");
      }
    }
    Map<String, Object> queries = Results.map(big.get("queries"));
    Map<String, Object> queriesSmall = Results.map(small.get("queries"));
    if (queries != null) {
      for (var e : queries.entrySet()) {
        Map<String, Object> q = Results.map(e.getValue());
        String name = e.getKey();
        add(out, name + ": p50 ≤ 1.3× floor", "≤ 1.3", Results.num(q.get("p50Ratio")), 1.3, "×");
        add(out, name + ": p99 ≤ 2× floor", "≤ 2", Results.num(q.get("p99Ratio")), 2, "×");
        add(out, name + ": ≤ 3 Cypher round trips", "≤ 3", Results.num(q.get("roundTrips")), 3, "");
        if (queriesSmall != null && queriesSmall.get(name) != null && !smallest.equals(largest)) {
          double growth =
              Results.num(q.get("p50Ms"))
                  / Results.num(Results.map(queriesSmall.get(name)).get("p50Ms"));
          add(
              out,
              name + ": p50 " + smallest + " → " + largest + " ≤ 1.5×",
              "≤ 1.5",
              growth,
              1.5,
              "×");
        }
      }
    }
    Map<String, Object> render = Results.map(report.get("render"));
    if (render != null) {
      add(
          out,
          "cold render ≤ 1.5× plain flexmark",
          "≤ 1.5",
          Results.num(render.get("coldRatio")),
          1.5,
          "×");
      add(
          out,
          "render cache hit ≤ 50 µs",
          "≤ 50 µs",
          Results.num(render.get("cacheHitMicros")),
          50,
          " µs");
    }
    Map<String, Object> heap = Results.map(big.get("serverHeap"));
    if (heap != null && heap.get("usedAfterGcMiB") != null) {
      add(
          out,
          "server heap ≤ 512 MiB (" + largest + ", -Xmx512m)",
          "≤ 512 MiB",
          Results.num(heap.get("usedAfterGcMiB")),
          512,
          " MiB");
    }
    return out;
  }

  /** A target met when {@code value} is at most {@code limit}. */
  static void add(
      List<Map<String, Object>> out,
      String name,
      String target,
      double value,
      double limit,
      String unit) {
    add(out, name, target, value, unit, value <= limit);
  }

  /** A target met when {@code value} is at least {@code floor}. */
  static void atLeast(
      List<Map<String, Object>> out,
      String name,
      String target,
      double value,
      double floor,
      String unit) {
    add(out, name, target, value, unit, value >= floor);
  }

  private static void add(
      List<Map<String, Object>> out,
      String name,
      String target,
      double value,
      String unit,
      boolean met) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", name);
    t.put("limit", target);
    t.put("value", Math.round(value * 100) / 100.0);
    t.put("unit", unit);
    t.put("met", met);
    out.add(t);
  }
}
