package org.pathgraph.logging;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code pathgraph.log.json=true} turns the console log into JSON lines (Spring Boot's structured
 * logging, Logstash layout: flat keys, the MDC's entries beside the message). Runs before the
 * logging system starts, after the configuration files are read; an explicit {@code
 * logging.structured.format.console} wins.
 */
class JsonLogs implements EnvironmentPostProcessor {

  static final String FORMAT = "logging.structured.format.console";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (env.getProperty("pathgraph.log.json", Boolean.class, false)
        && !env.containsProperty(FORMAT)) {
      env.getPropertySources()
          .addLast(new MapPropertySource("pathgraphJsonLogs", Map.of(FORMAT, "logstash")));
    }
  }
}
