package org.pathgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.ContentTrees;
import org.pathgraph.support.GraphQlHttp;
import org.pathgraph.support.GraphTestSupport;
import org.pathgraph.support.Tokens4Tests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code pathgraph.limits.introspection=false}: introspection queries are refused with a request
 * error that names introspection, while ordinary queries (and {@code __typename}) still work. Its
 * own context (introspection is read at start), on a small generated tree to keep start-up short.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET,
      "pathgraph.limits.introspection=false",
      "pathgraph.limits.timeout=120s"
    })
class IntrospectionOffTests {

  @DynamicPropertySource
  static void content(DynamicPropertyRegistry registry) {
    registry.add("pathgraph.embedded.data-dir", () -> GraphTestSupport.freshDataDir("no-intro"));
    registry.add("pathgraph.content.dir", () -> ContentTrees.generated(3, 1, "x").toString());
  }

  @LocalServerPort int port;

  @Test
  void introspectionQueriesAreRefusedWithAClearRequestError() {
    for (String query :
        List.of(
            "{ __schema { queryType { name } } }",
            "{ __type(name: \"LearningObject\") { fields { name } } }",
            "query IntrospectionQuery { __schema { types { name } } }",
            // Hidden beside an ordinary field: refused all the same, not partly answered.
            "{ learningObjects(first: 1) { totalCount } __schema { types { name } } }")) {
      GraphQlHttp.Response response = new GraphQlHttp(port).post(query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.body()).as(query).doesNotContain("Exception", "\tat ", "at graphql.");
      Map<String, Object> body = response.read("$");
      assertThat(body.get("data")).as(query).isNull();
      List<Map<String, Object>> errors = response.read("$.errors");
      assertThat(errors).as(query).hasSize(1);
      assertThat((String) errors.get(0).get("message"))
          .as(query)
          .containsIgnoringCase("introspection");
      assertThat(response.<String>read("$.errors[0].extensions.classification"))
          .as(query)
          .isEqualTo("BAD_REQUEST");
      assertThat(response.<String>read("$.errors[0].extensions.detail"))
          .as(query)
          .isEqualTo("IntrospectionDisabled");
    }
  }

  @Test
  void aLegacyJsonClientGetsTheSameErrorWithStatus200() {
    GraphQlHttp.Response response =
        new GraphQlHttp(port)
            .withHeader("Accept", "application/json")
            .post("{ __schema { queryType { name } } }");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.<String>read("$.errors[0].message")).containsIgnoringCase("introspection");
    assertThat(response.<String>read("$.errors[0].extensions.classification"))
        .isEqualTo("BAD_REQUEST");
  }

  @Test
  void ordinaryQueriesStillWork() {
    GraphQlHttp.Response response =
        new GraphQlHttp(port)
            .post("{ __typename learningObjects(first: 5) { totalCount edges { node { key } } } }");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("errors");
    assertThat(response.<String>read("$.data.__typename")).isEqualTo("Query");
    // Generated objects are partly teacher-only: count what an anonymous caller sees.
    int total = response.read("$.data.learningObjects.totalCount");
    assertThat(total).isPositive();
    assertThat(response.<List<String>>read("$.data.learningObjects.edges[*].node.key"))
        .hasSize(total);
  }
}
