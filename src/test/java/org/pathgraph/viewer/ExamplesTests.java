package org.pathgraph.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathgraph.support.DemoContextTests;
import org.pathgraph.support.GraphQlHttp;

/**
 * The queries in {@code examples/*.graphql} (shown in GraphiQL) answer on the demo content without
 * errors and with data: no top-level field null, no list empty, so an example that stops showing
 * anything fails here rather than in front of a user.
 */
class ExamplesTests extends DemoContextTests {

  static final Path EXAMPLES = Path.of("examples");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList().stream();
    }
  }

  @Test
  void coverWhatEachKindOfUserNeeds() throws IOException {
    assertThat(examples().map(f -> f.getFileName().toString()))
        .contains(
            "navigation.graphql",
            "curriculum-by-concept.graphql",
            "related-objects.graphql",
            "search.graphql");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void answersWithDataAndNoErrors(Path example) throws IOException {
    GraphQlHttp.Response response = anonymous().post(Files.readString(example));

    assertThat(response.status()).isEqualTo(200);
    Map<String, Object> body = response.read("$");
    assertThat(body).as("the answer to %s", example).doesNotContainKey("errors");
    Map<String, Object> data = response.read("$.data");
    assertThat(data).as(example.toString()).isNotEmpty();
    data.forEach((field, value) -> assertThat(value).as("%s: %s", example, field).isNotNull());
    List<String> empty = new ArrayList<>();
    emptyLists("data", data, empty);
    assertThat(empty).as("empty lists in the answer to %s", example).isEmpty();
  }

  private static void emptyLists(String at, Object value, List<String> found) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> emptyLists(at + "." + k, v, found));
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        found.add(at);
      }
      for (int i = 0; i < list.size(); i++) {
        emptyLists(at + "[" + i + "]", list.get(i), found);
      }
    }
  }
}
