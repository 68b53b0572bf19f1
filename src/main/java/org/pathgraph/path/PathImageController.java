package org.pathgraph.path;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a path's cover image decoded, with its own media type, so the JSON of a path never carries
 * base64.
 */
@RestController
class PathImageController {

  private final PathRepository paths;

  PathImageController(PathRepository paths) {
    this.paths = paths;
  }

  @GetMapping("/images/paths/{language}/{hruid}")
  ResponseEntity<byte[]> image(
      @PathVariable String language,
      @PathVariable String hruid,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    PathRepository.Image image = paths.image(hruid, language);
    if (image == null) {
      return ResponseEntity.notFound().build();
    }
    String etag = "\"" + sha256(image.data()) + "\"";
    var ok =
        ResponseEntity.ok()
            .eTag(etag)
            .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    if (etag.equals(ifNoneMatch)) {
      return ResponseEntity.status(304).eTag(etag).build();
    }
    return ok.contentType(MediaType.parseMediaType(image.type())).body(image.data());
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(data))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
