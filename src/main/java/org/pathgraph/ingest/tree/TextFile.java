package org.pathgraph.ingest.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A content file read whole and decoded as strict UTF-8, with its raw bytes kept for hashing.
 *
 * @param text the decoded text without a leading byte-order mark
 */
public record TextFile(byte[] bytes, String text) {

  /**
   * Reads a file meant to be text, refusing before reading it when it is larger than {@code
   * maxBytes}, and refusing empty, binary and non-UTF-8 files.
   */
  public static TextFile read(Path file, long maxBytes) {
    return decode(readBytes(file, maxBytes));
  }

  /** Reads made while a file keeps changing before it is refused. */
  static final int READ_ATTEMPTS = 3;

  /**
   * The bytes of a file as they stood during one read: when its size or modification time moved
   * while it was read (an editor or a checkout writing it), it is read again, and refused with
   * {@code FILE_CHANGING} when it keeps moving. I/O failures become problems, never exceptions that
   * would stop the whole import.
   */
  public static byte[] readBytes(Path file, long maxBytes) {
    try {
      for (int attempt = 1; ; attempt++) {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        if (before.size() > maxBytes) {
          throw new FileRejected(
              "FILE_TOO_LARGE",
              null,
              "file is " + before.size() + " bytes, more than the limit of " + maxBytes + " bytes");
        }
        byte[] bytes = readAtMost(file, maxBytes);
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        boolean steady =
            before.size() == after.size()
                && after.size() == bytes.length
                && before.lastModifiedTime().equals(after.lastModifiedTime());
        if (steady) {
          return bytes;
        }
        if (attempt == READ_ATTEMPTS) {
          throw new FileRejected(
              "FILE_CHANGING",
              null,
              "file changed while it was read, "
                  + READ_ATTEMPTS
                  + " times: not imported this time, its previous version is kept");
        }
      }
    } catch (NoSuchFileException e) {
      throw new FileRejected(
          "FILE_VANISHED",
          null,
          "file disappeared while the tree was read: its previous version, if any, is kept");
    } catch (AccessDeniedException e) {
      throw new FileRejected(
          "UNREADABLE_FILE", null, "file cannot be read (permission denied): not imported");
    } catch (IOException e) {
      throw new FileRejected(
          "UNREADABLE_FILE", null, "file cannot be read (" + e.getMessage() + "): not imported");
    }
  }

  /** Reads up to {@code maxBytes}, refusing a file that grew beyond that while it was read. */
  private static byte[] readAtMost(Path file, long maxBytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new FileRejected(
            "FILE_TOO_LARGE", null, "file grew beyond the limit of " + maxBytes + " bytes");
      }
      return bytes;
    }
  }

  public static TextFile decode(byte[] bytes) {
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
