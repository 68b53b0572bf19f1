package org.pathgraph.ingest.parse;

import java.util.List;

/**
 * One learning object as read from its file: validated and normalised, ready to be written.
 *
 * @param body the markdown (or text) the object renders: the front matter's body, or for a {@code
 *     metadata.md}/{@code metadata.yaml} object the text of its content file when that is text;
 *     null when there is none
 * @param contentFile the object's separate content file, relative to the content root (for metadata
 *     objects: the asset found by convention), else null
 * @param folder the folder holding the object file, relative to the content root: its assets live
 *     there
 * @param returnValue the {@code return_value} mapping as JSON text, or null
 * @param contentHash a hash of everything this object was built from (its file and content file)
 */
public record ObjectSource(
    String hruid,
    String language,
    int version,
    String title,
    String description,
    List<String> keywords,
    String contentType,
    List<Integer> targetAges,
    Integer difficulty,
    Integer estimatedTime,
    boolean teacherExclusive,
    boolean available,
    String copyright,
    String licence,
    String returnValue,
    String contentLocation,
    String aspectRatio,
    List<String> concepts,
    List<GoalRef> goals,
    String body,
    String contentFile,
    String sourceFile,
    String folder,
    String contentHash,
    List<LinkRef> links) {

  /** The object key {@code hruid/language/version}. */
  public String key() {
    return hruid + "/" + language + "/" + version;
  }
}
