package org.pathgraph.ingest.tree;

import java.nio.charset.StandardCharsets;

/** Recognises the cover-image formats a path may carry from their first bytes. */
public final class ImageTypes {

  private static final int SVG_SNIFF_BYTES = 1024;

  private ImageTypes() {}

  /** The media type of the image, or null when it is none of PNG, JPEG, GIF, WebP and SVG. */
  public static String sniff(byte[] bytes) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, SVG_SNIFF_BYTES), StandardCharsets.UTF_8)
            .stripLeading();
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--"))
        && head.contains("<svg")) {
      return "image/svg+xml";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
