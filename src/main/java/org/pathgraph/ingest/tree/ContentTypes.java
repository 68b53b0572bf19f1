package org.pathgraph.ingest.tree;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Dwengo content types, and where a metadata-only object keeps its content for each. */
public final class ContentTypes {

  public static final List<String> ALL =
      List.of(
          "text/plain",
          "text/markdown",
          "image/image-block",
          "image/image",
          "audio/mpeg",
          "application/pdf",
          "extern",
          "blockly",
          "text/gift",
          "text/ct-schema");

  private static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "gif", "svg", "webp");

  // The sample's metadata.md folders hold the content as the one file of the type's kind
  // (0602_Meta/Voorbeeld1.xml for blockly), next to unrelated assets (Test/audio has a pdf and a
  // png but no mp3): so the extension, not the file name, picks the content file.
  private static final Map<String, List<String>> EXTENSIONS =
      Map.of(
          "text/plain", List.of("txt"),
          "text/markdown", List.of("md"),
          "image/image-block", IMAGES,
          "image/image", IMAGES,
          "audio/mpeg", List.of("mp3", "mpga", "mpeg"),
          "application/pdf", List.of("pdf"),
          "blockly", List.of("xml"),
          "text/gift", List.of("gift", "txt"),
          "text/ct-schema", List.of("md", "txt"));

  private static final Set<String> TEXT =
      Set.of("text/plain", "text/markdown", "blockly", "text/gift", "text/ct-schema");

  private ContentTypes() {}

  public static boolean known(String contentType) {
    return ALL.contains(contentType);
  }

  /** The extensions a content file of this type may have; empty when the type has no file. */
  public static List<String> extensions(String contentType) {
    return EXTENSIONS.getOrDefault(contentType, List.of());
  }

  /** Whether this type's content is text the object can carry as its body. */
  public static boolean isText(String contentType) {
    return TEXT.contains(contentType);
  }
}
