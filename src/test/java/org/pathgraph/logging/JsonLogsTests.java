package org.pathgraph.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class JsonLogsTests {

  @Test
  void jsonSettingSelectsStructuredConsoleLogs() {
    MockEnvironment env = new MockEnvironment().withProperty("pathgraph.log.json", "true");
    new JsonLogs().postProcessEnvironment(env, null);
    assertThat(env.getProperty(JsonLogs.FORMAT)).isEqualTo("logstash");
  }

  @Test
  void plainLogsByDefault() {
    MockEnvironment env = new MockEnvironment();
    new JsonLogs().postProcessEnvironment(env, null);
    assertThat(env.containsProperty(JsonLogs.FORMAT)).isFalse();
  }

  @Test
  void anExplicitFormatWins() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("pathgraph.log.json", "true")
            .withProperty(JsonLogs.FORMAT, "ecs");
    new JsonLogs().postProcessEnvironment(env, null);
    assertThat(env.getProperty(JsonLogs.FORMAT)).isEqualTo("ecs");
  }

  @Test
  void operationNameComesFromTheRequestOrTheDocument() {
    assertThat(OperationNameInterceptor.operationName("Given", "query Other { a }"))
        .isEqualTo("Given");
    assertThat(OperationNameInterceptor.operationName(null, "# hi\nquery PathView($h: String) {a}"))
        .isEqualTo("PathView");
    assertThat(OperationNameInterceptor.operationName("", "mutation Reimport { x }"))
        .isEqualTo("Reimport");
    assertThat(OperationNameInterceptor.operationName(null, "{ search(query: \"x\") { a } }"))
        .isEqualTo("(unnamed)");
  }
}
