package org.pathgraph.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pathgraph.content.ContentFiles;
import org.pathgraph.ingest.tree.CodePoints;
import org.pathgraph.ingest.tree.ContentTypes;
import org.pathgraph.ingest.tree.FileRejected;
import org.pathgraph.ingest.tree.TextFile;
import org.pathgraph.ingest.tree.TreeWalk;

/**
 * The separate content file of an object: found beside a metadata-only object by the extensions its
 * content type allows, read as text for text types, hashed for the others, so the object's hash
 * covers what it shows.
 */
final class ContentFileReader {

  private final Path root;
  private final long maxBytes;

  ContentFileReader(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  /** The file next to a metadata-only object whose extension fits its content type. */
  Path find(Path folder, String contentType, FileProblems problems) {
    List<String> extensions = ContentTypes.extensions(contentType);
    if (extensions.isEmpty()) {
      return null;
    }
    List<Path> candidates;
    try (Stream<Path> files = Files.list(folder)) {
      candidates =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !ContentFiles.OBJECT_FILE_NAMES.contains(f.getFileName().toString()))
              .filter(f -> extensions.contains(extension(f)))
              .sorted((a, b) -> CodePoints.compare(a.toString(), b.toString()))
              .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.warn(
          "UNREADABLE_FOLDER", null, "its folder cannot be listed to find the content file");
      return null;
    }
    if (candidates.isEmpty()) {
      problems.warn(
          "MISSING_CONTENT_FILE",
          null,
          "no content file for '"
              + contentType
              + "' beside it (looked for ."
              + String.join(", .", extensions)
              + ")");
      return null;
    }
    if (candidates.size() > 1) {
      problems.warn(
          "AMBIGUOUS_CONTENT_FILE",
          null,
          candidates.size()
              + " files could hold its '"
              + contentType
              + "' content: "
              + candidates.get(0).getFileName()
              + " is used");
    }
    return candidates.get(0);
  }

  /** The content file's text; its bytes go into {@code digest}. */
  String text(Path content, MessageDigest digest, FileProblems problems) {
    try {
      byte[] bytes = TextFile.readBytes(content, maxBytes);
      digest.update(bytes);
      return TextFile.decode(bytes).text();
    } catch (FileRejected e) {
      problems.warn(
          e.code(),
          null,
          "content file " + TreeWalk.relative(root, content) + ": " + e.getMessage());
      return null;
    }
  }

  /** Feeds a binary content file into {@code digest}, so a change to it changes the object. */
  void hash(Path content, MessageDigest digest, FileProblems problems) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(content), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      problems.warn(
          "UNREADABLE_FILE",
          null,
          "content file "
              + TreeWalk.relative(root, content)
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + "): its changes may go unnoticed");
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
