package org.pathgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A content file read whole and decoded as strict UTF-8, with its raw bytes kept for hashing.
 *
 * @param text the decoded text without a leading byte-order mark
 */
record TextFile(byte[] bytes, String text) {

  /**
   * Reads a file meant to be text, refusing before reading it when it is larger than {@code
   * maxBytes}, and refusing empty, binary and non-UTF-8 files.
   */
  static TextFile read(Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new FileRejected(
            "FILE_TOO_LARGE",
            null,
            "file is " + size + " bytes, more than the limit of " + maxBytes + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > maxBytes) {
        throw new FileRejected(
            "FILE_TOO_LARGE", null, "file grew beyond the limit of " + maxBytes + " bytes");
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static TextFile decode(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new FileRejected(
            "BINARY_FILE", null, "file holds a NUL byte at offset " + i + ": it is not text");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new FileRejected("INVALID_UTF8", null, "file is not valid UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new FileRejected("EMPTY_FILE", null, "file is empty");
    }
    return new TextFile(bytes, text);
  }
}
