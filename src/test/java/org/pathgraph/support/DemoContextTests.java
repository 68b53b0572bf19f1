package org.pathgraph.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared test context: a fresh embedded graph that imports the demo content plus a generated
 * 24-node path at start-up. Test classes extending this share one Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET,
      "pathgraph.cors.allowed-origins=" + DemoContextTests.FRONTEND,
      // CI machines run many builds at once; LimitsTests shortens the timeout where it tests it.
      "pathgraph.limits.timeout=120s"
    })
public abstract class DemoContextTests {

  /** The one origin the test context allows for CORS. */
  public static final String FRONTEND = "https://frontend.example";

  @DynamicPropertySource
  static void content(DynamicPropertyRegistry registry) {
    registry.add("pathgraph.embedded.data-dir", () -> GraphTestSupport.freshDataDir("demo"));
    registry.add("pathgraph.content.dir", () -> ContentTrees.demoWithLongPath().toString());
  }

  @LocalServerPort protected int port;

  protected GraphQlHttp anonymous() {
    return new GraphQlHttp(port);
  }

  protected GraphQlHttp teacher() {
    return anonymous().withToken(Tokens4Tests.teacher());
  }

  protected GraphQlHttp admin() {
    return anonymous().withToken(Tokens4Tests.admin());
  }
}
