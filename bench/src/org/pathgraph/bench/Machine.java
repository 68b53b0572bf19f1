package org.pathgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: cores, memory, Java, and the load other work put on it. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      m.put("memoryGiB", Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
    }
    try {
      m.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
    } catch (IOException e) {
      m.put("loadAverage", String.valueOf(os.getSystemLoadAverage()));
    }
    return m;
  }
}
