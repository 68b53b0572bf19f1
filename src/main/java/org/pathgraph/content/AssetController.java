package org.pathgraph.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.pathgraph.api.Role;
import org.pathgraph.neo4j.Graph;
import org.pathgraph.neo4j.Statement;
import org.pathgraph.security.RoleInterceptor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /assets/{language}/{hruid}/{version}/{path}}: a file of that object's folder, with its
 * media type, validators, caching and byte ranges (Spring serves ranges for a {@link Resource}).
 * Nothing outside the folder is reachable, and an object the caller may not see has no assets. Its
 * source files are not assets, nor are the files of an object nested in its folder (see {@link
 * ContentFiles#asset}).
 */
@RestController
class AssetController {

  private final Graph graph;
  private final ContentFiles files;

  AssetController(Graph graph, ContentFiles files) {
    this.graph = graph;
    this.files = files;
  }

  @GetMapping("/assets/{language}/{hruid}/{version}/{*path}")
  ResponseEntity<Resource> asset(
      @PathVariable String language,
      @PathVariable String hruid,
      @PathVariable String version,
      @PathVariable String path,
      WebRequest request)
      throws IOException {
    if (!version.matches("\\d{1,9}")) {
      return ResponseEntity.notFound().build();
    }
    Role role = RoleInterceptor.role(SecurityContextHolder.getContext().getAuthentication());
    Map<String, Object> params = new HashMap<>();
    params.put("hruid", hruid);
    params.put("language", language);
    params.put("version", Integer.parseInt(version));
    params.put("role", role.name());
    List<Record> rows = graph.read(Statement.FIND_ASSET_FOLDER, params);
    if (rows.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    String relative = path.startsWith("/") ? path.substring(1) : path;
    Record row = rows.get(0);
    Optional<Path> file =
        files.asset(
            row.get("folder").asString(null),
            relative,
            row.get("contentType").asString(null),
            row.get("contentFile").asString(null));
    if (file.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    long modified = Files.getLastModifiedTime(file.get()).toMillis();
    long length = Files.size(file.get());
    String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(length) + "\"";
    if (request.checkNotModified(etag, modified)) {
      return null;
    }
    String range = request.getHeader(HttpHeaders.RANGE);
    if (range != null
        && range.regionMatches(true, 0, "bytes=", 0, 6)
        && !satisfiable(range, file.get())) {
      // Spring answers such a range with 416 and the whole file; a 416 carries no body.
      return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header(HttpHeaders.CONTENT_RANGE, "bytes */" + length)
          .cacheControl(CacheControl.noStore())
          .build();
    }
    MediaType type =
        MediaTypeFactory.getMediaType(file.get().getFileName().toString())
            .orElse(MediaType.APPLICATION_OCTET_STREAM);
    return ResponseEntity.ok()
        .contentType(type)
        .eTag(etag)
        .lastModified(modified)
        .cacheControl(
            role == Role.ANONYMOUS
                ? CacheControl.maxAge(Duration.ofHours(1)).cachePublic()
                : CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        // An SVG or HTML asset opened directly must not run scripts in our origin.
        .header(
            "Content-Security-Policy",
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        .body(
            range == null || range.regionMatches(true, 0, "bytes=", 0, 6)
                ? new FileSystemResource(file.get())
                // A range in another unit is ignored (RFC 9110 14.2): a stream resource is sent
                // whole, where Spring would refuse the unit with 416 and the file anyway.
                : new InputStreamResource(Files.newInputStream(file.get())));
  }

  /**
   * Whether a {@code Range: bytes=} header can be served: ranges that lie in the file and add up to
   * no more than it (overlapping ranges such as {@code bytes=0-,0-} are refused, RFC 9110 14.2),
   * the same checks Spring applies when it writes the ranges.
   */
  private static boolean satisfiable(String range, Path file) {
    try {
      HttpRange.toResourceRegions(HttpRange.parseRanges(range), new FileSystemResource(file));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
