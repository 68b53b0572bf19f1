package org.pathgraph.bench;

import java.util.List;
import java.util.Map;

/** The Markdown summary of a run: tables of every figure and of the targets. */
final class Summary {

  private Summary() {}

  static String markdown(String date, Map<String, Object> report, List<String> charts) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results ").append(date).append("\n\n");
    Map<String, Object> machine = Results.map(report.get("machine"));
    Map<String, Object> machineEnd = Results.map(report.get("machineEnd"));
    md.append("Machine: ")
        .append(machine.get("cores"))
        .append(" cores, ")
        .append(machine.get("memoryGiB"))
        .append(" GiB, ")
        .append(machine.get("java"))
        .append(". Load average (1, 5, 15 min) at start `")
        .append(machine.get("loadAverage"))
        .append("`, at end `")
        .append(machineEnd == null ? "?" : machineEnd.get("loadAverage"))
        .append("`. Config: ")
        .append(report.get("config"))
        .append(". Whole run: ")
        .append(report.get("totalSeconds"))
        .append(" s. Raw figures: [`")
        .append(date)
        .append(".json`](")
        .append(date)
        .append(".json).\n\n");

    md.append("## Targets\n\n| target | limit | measured | |\n|---|---|---|---|\n");
    for (Object o : (List<?>) report.get("targets")) {
      Map<String, Object> t = Results.map(o);
      md.append("| ")
          .append(t.get("target"))
          .append(" | ")
          .append(t.get("limit"))
          .append(" | ")
          .append(Results.fmt(t.get("value")))
          .append(t.get("unit"))
          .append(" | ")
          .append(Boolean.TRUE.equals(t.get("met")) ? "met" : "**missed**")
          .append(" |\n");
    }
    Map<String, Object> scales = Results.map(report.get("scales"));
    md.append("\n## Import\n\n")
        .append("Floor: the same graph from the importer's pre-parsed rows by batched `UNWIND` ")
        .append("statements (`bench/cypher/floor`), parse time apart; ratio = import / (parse + ")
        .append("floor write).\n\n")
        .append("| objects | parse ms | floor write ms | import ms | import objects/s | ratio | ")
        .append(
            "no-change ms | one-file ms | same graph |\n|---|---|---|---|---|---|---|---|---|\n");
    for (var e : scales.entrySet()) {
      Map<String, Object> imp = Results.map(Results.map(e.getValue()).get("import"));
      if (imp == null) {
        continue;
      }
      md.append("| ").append(e.getKey());
      for (String k :
          List.of(
              "parseMs",
              "floorWriteMs",
              "importMs",
              "importObjectsPerSecond",
              "ratioToFloor",
              "noChangeMs",
              "oneFileChangeMs",
              "sameGraphAsFloor")) {
        md.append(" | ").append(Results.fmt(imp.get(k)));
      }
      md.append(" |\n");
    }
    md.append("\n## Queries\n\n")
        .append("Sequential requests over HTTP to the packaged jar (anonymous), against the same ")
        .append("data by one hand-written Cypher statement over Bolt plus Jackson writing it.\n\n")
        .append("| objects | query | p50 ms | p99 ms | floor p50 ms | floor p99 ms | p50 ratio | ")
        .append("p99 ratio | round trips |\n|---|---|---|---|---|---|---|---|---|\n");
    for (var e : scales.entrySet()) {
      Map<String, Object> queries = Results.map(Results.map(e.getValue()).get("queries"));
      if (queries == null) {
        continue;
      }
      for (var q : queries.entrySet()) {
        Map<String, Object> f = Results.map(q.getValue());
        md.append("| ").append(e.getKey()).append(" | ").append(q.getKey());
        for (String k :
            List.of(
                "p50Ms",
                "p99Ms",
                "floorP50Ms",
                "floorP99Ms",
                "p50Ratio",
                "p99Ratio",
                "roundTrips")) {
          md.append(" | ").append(Results.fmt(f.get(k)));
        }
        md.append(" |\n");
      }
    }
    Map<String, Object> load = Results.map(report.get("load"));
    if (load != null) {
      md.append("\n## Load (mixed workload)\n\n")
          .append("| clients | requests/s | p50 ms | p95 ms | p99 ms | errors |\n")
          .append("|---|---|---|---|---|---|\n");
      for (var e : load.entrySet()) {
        Map<String, Object> l = Results.map(e.getValue());
        md.append("| ").append(e.getKey());
        for (String k : List.of("requestsPerSecond", "p50Ms", "p95Ms", "p99Ms", "errors")) {
          md.append(" | ").append(Results.fmt(l.get(k)));
        }
        md.append(" |\n");
      }
    }
    Map<String, Object> render = Results.map(report.get("render"));
    if (render != null) {
      md.append("\n## Rendering (JMH)\n\n| figure | value |\n|---|---|\n");
      render.forEach(
          (k, v) -> md.append("| ").append(k).append(" | ").append(Results.fmt(v)).append(" |\n"));
    }
    for (var e : scales.entrySet()) {
      Map<String, Object> heap = Results.map(Results.map(e.getValue()).get("serverHeap"));
      if (heap != null) {
        md.append("\nServer heap at ")
            .append(e.getKey())
            .append(" objects: ")
            .append(heap)
            .append('\n');
      }
    }
    if (!charts.isEmpty()) {
      md.append("\n## Charts\n\n");
      charts.forEach(c -> md.append("![").append(c).append("](").append(c).append(")\n\n"));
    }
    return md.toString();
  }
}
