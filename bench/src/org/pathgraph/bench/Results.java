package org.pathgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's figures: {@code <date>.json}, a Markdown summary and PNG charts. */
final class Results {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Results() {}

  static void write(Path dir, String date, Map<String, Object> report) throws IOException {
    Files.writeString(dir.resolve(date + ".json"), JSON.writeValueAsString(report) + "\n");
    List<String> charts = charts(dir, date, report);
    String summary = Summary.markdown(date, report, charts);
    Files.writeString(dir.resolve(date + ".md"), summary);
    Files.writeString(dir.resolve("LATEST.md"), summary);
  }

  private static List<String> charts(Path dir, String date, Map<String, Object> report)
      throws IOException {
    List<String> written = new ArrayList<>();
    Map<String, Object> scales = map(report.get("scales"));
    List<Double> xs = new ArrayList<>();
    List<Double> importer = new ArrayList<>();
    List<Double> floor = new ArrayList<>();
    for (var e : scales.entrySet()) {
      Map<String, Object> imp = map(map(e.getValue()).get("import"));
      if (imp != null) {
        xs.add(Double.parseDouble(e.getKey()));
        importer.add(num(imp.get("importObjectsPerSecond")));
        floor.add(num(imp.get("floorObjectsPerSecond")));
      }
    }
    if (!xs.isEmpty()) {
      XYChart chart =
          new XYChartBuilder()
              .width(720)
              .height(400)
              .title("Import throughput")
              .xAxisTitle("objects in the corpus")
              .yAxisTitle("objects / s")
              .build();
      chart.getStyler().setXAxisLogarithmic(true).setLegendPosition(Styler.LegendPosition.InsideNE);
      chart.addSeries("Importer", xs, importer);
      chart.addSeries("floor (parse + UNWIND load)", xs, floor);
      written.add(save(chart, dir, date + "-import.png"));
    }
    // Query p50 by scale, one line per query; and the ratio to the floor at the largest scale.
    XYChart latency =
        new XYChartBuilder()
            .width(720)
            .height(400)
            .title("Query p50 over HTTP by corpus size")
            .xAxisTitle("objects in the corpus")
            .yAxisTitle("p50 (ms)")
            .build();
    latency.getStyler().setXAxisLogarithmic(true).setLegendPosition(Styler.LegendPosition.OutsideS);
    Map<String, Object> lastQueries = null;
    Map<String, List<double[]>> series = new java.util.TreeMap<>();
    for (var e : scales.entrySet()) {
      Map<String, Object> queries = map(map(e.getValue()).get("queries"));
      if (queries == null) {
        continue;
      }
      lastQueries = queries;
      for (var q : queries.entrySet()) {
        series
            .computeIfAbsent(q.getKey(), k -> new ArrayList<>())
            .add(
                new double[] {Double.parseDouble(e.getKey()), num(map(q.getValue()).get("p50Ms"))});
      }
    }
    if (lastQueries != null) {
      for (var s : series.entrySet()) {
        latency.addSeries(
            s.getKey(),
            s.getValue().stream().map(p -> p[0]).toList(),
            s.getValue().stream().map(p -> p[1]).toList());
      }
      written.add(save(latency, dir, date + "-query-latency.png"));
      CategoryChart ratio =
          new CategoryChartBuilder()
              .width(720)
              .height(400)
              .title("Ratio to the direct Cypher floor (largest scale)")
              .yAxisTitle("HTTP / floor")
              .build();
      ratio.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
      ratio.getStyler().setXAxisLabelRotation(20);
      List<String> names = new ArrayList<>(lastQueries.keySet());
      ratio.addSeries(
          "p50",
          names,
          names.stream().map(n -> num(map(lastQueriesGet(n, scales)).get("p50Ratio"))).toList());
      ratio.addSeries(
          "p99",
          names,
          names.stream().map(n -> num(map(lastQueriesGet(n, scales)).get("p99Ratio"))).toList());
      written.add(save(ratio, dir, date + "-query-ratio.png"));
    }
    Map<String, Object> load = map(report.get("load"));
    if (load != null) {
      CategoryChart chart =
          new CategoryChartBuilder()
              .width(720)
              .height(400)
              .title("Mixed workload")
              .xAxisTitle("concurrent clients")
              .yAxisTitle("requests / s")
              .build();
      chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
      List<String> clients = new ArrayList<>(load.keySet());
      chart.addSeries(
          "requests/s",
          clients,
          clients.stream().map(c -> num(map(load.get(c)).get("requestsPerSecond"))).toList());
      written.add(save(chart, dir, date + "-load.png"));
    }
    return written;
  }

  private static Object lastQueriesGet(String name, Map<String, Object> scales) {
    Object found = null;
    for (Object v : scales.values()) {
      Map<String, Object> q = map(map(v).get("queries"));
      if (q != null && q.get(name) != null) {
        found = q.get(name);
      }
    }
    return found;
  }

  private static String save(
      org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path dir, String name)
      throws IOException {
    BitmapEncoder.saveBitmap(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
    return name;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  static double num(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  static String fmt(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d >= 100
          ? String.format(Locale.ROOT, "%.0f", d)
          : String.format(Locale.ROOT, "%.2f", d);
    }
    return String.valueOf(value);
  }
}
