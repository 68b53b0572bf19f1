package org.pathgraph.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.HostileContextTests;
import org.pathgraph.support.Tokens4Tests;

/**
 * The asset endpoint serves the files an object's content refers to, under that object's key only,
 * to callers who may see it: never an object's source files, never a nested object's files through
 * its parent, and an unsatisfiable range gets an empty 416.
 */
class AssetScopeTests extends HostileContextTests {

  private static final String PARENT = "/assets/en/parent_public/1/";

  private HttpResponse<byte[]> get(String path, String token, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private int status(String path, String token) throws Exception {
    return get(path, token).statusCode();
  }

  @Test
  void anObjectsSourceFilesAreNotAssetsForAnyone() throws Exception {
    for (String token : new String[] {null, Tokens4Tests.teacher(), Tokens4Tests.admin()}) {
      for (String path :
          List.of(
              PARENT + "index.md",
              "/assets/en/quiz_all/1/index.md",
              "/assets/en/quiz_meta/1/metadata.md",
              "/assets/en/quiz_meta/1/quiz.gift",
              "/assets/en/child_secret/1/index.md",
              "/assets/en/child_gone/1/metadata.md")) {
        assertThat(status(path, token)).as(path).isEqualTo(404);
      }
    }
    assertThat(status(PARENT + "picture.png", null)).isEqualTo(200);
  }

  @Test
  void aNestedObjectsFilesAreServedOnlyUnderItsOwnKeyToThoseWhoMaySeeIt() throws Exception {
    for (String token : new String[] {null, Tokens4Tests.teacher(), Tokens4Tests.admin()}) {
      assertThat(status(PARENT + "embed/child_secret/secret.png", token)).isEqualTo(404);
      assertThat(status(PARENT + "embed/child_secret/index.md", token)).isEqualTo(404);
      assertThat(status(PARENT + "embed/child_gone/gone.png", token)).isEqualTo(404);
    }
    String secret = "/assets/en/child_secret/1/secret.png";
    assertThat(status(secret, null)).isEqualTo(404);
    assertThat(status(secret, Tokens4Tests.teacher())).isEqualTo(200);
    String gone = "/assets/en/child_gone/1/gone.png";
    assertThat(status(gone, Tokens4Tests.teacher())).isEqualTo(404);
    assertThat(status(gone, Tokens4Tests.admin())).isEqualTo(200);
  }

  @Test
  void anUnsatisfiableRangeGetsAnEmpty416WithoutPublicCaching() throws Exception {
    long length =
        Files.size(
            TREE.resolve("learning_objects/parent/parent_public/picture.png").toAbsolutePath());
    for (String range : List.of("bytes=0-,0-", "bytes=" + length + "-", "bytes=5-2", "bytes=x")) {
      var r = get(PARENT + "picture.png", null, "Range", range);
      assertThat(r.statusCode()).as(range).isEqualTo(416);
      assertThat(r.body()).as(range).isEmpty();
      assertThat(r.headers().firstValue("Content-Range")).as(range).hasValue("bytes */" + length);
      assertThat(r.headers().firstValue("Cache-Control").orElse(""))
          .as(range)
          .doesNotContain("public");
    }
    var part = get(PARENT + "picture.png", null, "Range", "bytes=0-3");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.body()).hasSize(4);
    // A range in a unit we do not serve is ignored, as RFC 9110 says.
    var other = get(PARENT + "picture.png", null, "Range", "items=0-1");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).hasSize((int) length);
  }
}
