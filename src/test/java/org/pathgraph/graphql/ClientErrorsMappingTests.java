package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The errors graphql-java or a bug can produce that no request of the demo reaches: what the client
 * gets instead, and the log line its correlation id finds.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorsMappingTests {

  private static Map<String, Object> error(String message, String classification, Object path) {
    return path == null
        ? Map.of("message", message, "extensions", Map.of("classification", classification))
        : Map.of(
            "message",
            message,
            "path",
            path,
            "extensions",
            Map.of("classification", classification));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(Map<String, Object>... errors) {
    Map<String, Object> result = Map.of("data", Map.of(), "errors", List.of(errors));
    return (List<Map<String, Object>>) ClientErrors.clean(result).get("errors");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extensions(Map<String, Object> error) {
    return (Map<String, Object>) error.get("extensions");
  }

  @Test
  void anUnknownClassificationIsAnInternalErrorWhoseDetailsOnlyTheLogHas(CapturedOutput output) {
    var cleaned =
        errors(
            error(
                "Exception while fetching data (/x) : java.lang.IllegalStateException: secret",
                "DataFetchingException",
                List.of("x")));
    assertThat(cleaned).hasSize(1);
    var e = cleaned.get(0);
    assertThat(e.get("message")).isEqualTo(ClientErrors.INTERNAL_MESSAGE);
    assertThat(e.get("path")).isEqualTo(List.of("x"));
    assertThat(extensions(e).get("classification")).isEqualTo("INTERNAL_ERROR");
    String id = (String) extensions(e).get("correlationId");
    assertThat(output.getOut()).contains("correlationId=" + id).contains("secret");
  }

  @Test
  void aNonNullViolationIsDroppedWhenAnotherErrorExplainsIt() {
    var cleaned =
        errors(
            error("the request took too long", "BAD_REQUEST", List.of("search")),
            error(
                "The field at path '/search/totalCount' was declared as a non null type, but the"
                    + " code involved in retrieving data has wrongly returned a null value.",
                "NullValueInNonNullableField",
                List.of("search", "totalCount")));
    assertThat(cleaned).hasSize(1);
    assertThat(cleaned.get(0).get("message")).isEqualTo("the request took too long");
  }

  @Test
  void anUnexplainedNonNullViolationIsAnInternalError() {
    var cleaned =
        errors(
            error("not this one", "BAD_REQUEST", List.of("other")),
            error(
                "wrongly returned a null value",
                "NullValueInNonNullableField",
                List.of("search", "totalCount")));
    assertThat(cleaned).hasSize(2);
    assertThat(extensions(cleaned.get(1)).get("classification")).isEqualTo("INTERNAL_ERROR");
    assertThat(extensions(cleaned.get(1))).containsKey("correlationId");
  }

  @Test
  void aMessageThatWouldNameInternalsIsReplacedWhateverItsClassification() {
    var cleaned =
        errors(error("failed: tools.jackson.core.JacksonException at x", "BAD_REQUEST", null));
    assertThat((String) cleaned.get(0).get("message")).doesNotContain("jackson");
    assertThat(extensions(cleaned.get(0)).get("classification")).isEqualTo("BAD_REQUEST");
    assertThat(extensions(cleaned.get(0))).containsKey("correlationId");
  }

  @Test
  void anInternalErrorWithoutACorrelationIdGetsOne() {
    var cleaned = errors(error("INTERNAL_ERROR for 1234", "INTERNAL_ERROR", List.of("x")));
    assertThat(extensions(cleaned.get(0))).containsKey("correlationId");
    assertThat(cleaned.get(0).get("message")).isEqualTo(ClientErrors.INTERNAL_MESSAGE);
  }
}
