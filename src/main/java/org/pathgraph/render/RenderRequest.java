package org.pathgraph.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One learning object to render: its content type, its source, its key {@code
 * hruid/language/version}, the base URL of its assets, the asset file for non-text types and its
 * metadata (for example {@code title}, {@code aspect_ratio}, {@code content_location}).
 */
public record RenderRequest(
    String contentType,
    String body,
    String key,
    String folderUrl,
    String contentFile,
    Map<String, Object> metadata) {

  public RenderRequest {
    body = body == null ? "" : body;
    metadata = metadata == null ? Map.of() : Map.copyOf(withoutNulls(metadata));
  }

  /** A markdown request without asset file or metadata, mostly for tests. */
  public static RenderRequest markdown(String body, String key, String folderUrl) {
    return new RenderRequest("text/markdown", body, key, folderUrl, null, Map.of());
  }

  String metadataString(String name) {
    Object value = metadata.get(name);
    return value == null ? null : value.toString();
  }

  /** YAML front matter may hold null values, which {@link Map#copyOf} refuses. */
  private static Map<String, Object> withoutNulls(Map<String, Object> metadata) {
    Map<String, Object> copy = new LinkedHashMap<>();
    metadata.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
