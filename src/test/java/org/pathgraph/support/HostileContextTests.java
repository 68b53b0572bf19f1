package org.pathgraph.support;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A context on the hostile content tree ({@code src/test/resources/hostile}): a quiz of every GIFT
 * question type, broken quiz blocks, a quiz in its own file, teacher-only and unavailable objects
 * nested in a public object's folder, objects that only hidden objects share a concept with, and
 * hostile raw HTML. Test classes extending this share one Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pathgraph.security.jwt.secret=" + Tokens4Tests.SECRET,
      "pathgraph.limits.timeout=120s",
      // The generated probe of every field path asks for far more than a client would.
      "pathgraph.limits.max-fields=100000",
      "pathgraph.limits.max-nodes=100000000",
      "pathgraph.limits.max-document-chars=10000000",
      "pathgraph.limits.max-tokens=10000000"
    })
public abstract class HostileContextTests {

  /** The hostile tree, read in place: an import never writes to its content folder. */
  public static final Path TREE = Path.of("src/test/resources/hostile");

  @DynamicPropertySource
  static void content(DynamicPropertyRegistry registry) {
    registry.add("pathgraph.embedded.data-dir", () -> GraphTestSupport.freshDataDir("hostile"));
    registry.add("pathgraph.content.dir", () -> TREE.toAbsolutePath().toString());
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
