package org.pathgraph.ingest.parse;

import java.util.List;
import org.pathgraph.path.NodeSource;

/**
 * One learning path as read from its JSON file.
 *
 * @param image the decoded cover image, or null
 * @param imageType its media type sniffed from the bytes ({@code image/png}, {@code image/jpeg},
 *     ...), or null
 */
public record PathSource(
    String hruid,
    String language,
    String title,
    String description,
    byte[] image,
    String imageType,
    List<NodeSource> nodes,
    String sourceFile,
    String contentHash) {

  /** The path key {@code hruid/language}. */
  public String key() {
    return hruid + "/" + language;
  }
}
