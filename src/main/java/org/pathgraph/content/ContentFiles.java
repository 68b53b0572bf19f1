package org.pathgraph.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.pathgraph.PathgraphProperties;
import org.springframework.stereotype.Component;

/**
 * The files of learning objects, below the configured content root. Every lookup is confined to the
 * object's own folder: {@code ..}, absolute paths and symbolic links that leave it find nothing.
 */
@Component
public class ContentFiles {

  /** The names of the files that make a folder an object's folder (they hold its front matter). */
  public static final Set<String> OBJECT_FILE_NAMES =
      Set.of("index.md", "metadata.md", "metadata.yaml");

  // The content types whose content file is read into the object's body: the file is the object's
  // source (a quiz's answers are in it), served only through fields with their own access rule.
  // A blockly program is read too, but its XML is what the Blockly viewer loads as an asset.
  private static final Set<String> SOURCE_TYPES =
      Set.of("text/plain", "text/markdown", "text/gift", "text/ct-schema");

  private final Path root;

  ContentFiles(PathgraphProperties properties) {
    String dir = properties.content().dir();
    this.root = dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
  }

  /** The regular file {@code relative} inside object folder {@code folder}, if it is there. */
  public Optional<Path> file(String folder, String relative) {
    if (root == null || folder == null || relative == null || relative.isBlank()) {
      return Optional.empty();
    }
    try {
      String cleaned = relative.replace('\\', '/');
      if (cleaned.startsWith("/") || cleaned.contains("\0")) {
        return Optional.empty();
      }
      Path base = root.resolve(folder).normalize();
      Path candidate = base.resolve(cleaned).normalize();
      if (!base.startsWith(root) || !candidate.startsWith(base) || candidate.equals(base)) {
        return Optional.empty();
      }
      if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(candidate)) {
        return Optional.empty();
      }
      // A symbolic link anywhere on the way may point outside the folder: compare real paths.
      Path real = candidate.toRealPath();
      Path realBase = base.toRealPath();
      return real.startsWith(realBase) && Files.isRegularFile(real)
          ? Optional.of(real)
          : Optional.empty();
    } catch (InvalidPathException | IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The asset {@code relative} of the object in {@code folder}, if it is one: a file of that
   * folder's that is neither the object's source (its object file, or the content file of a text
   * type, {@code contentFile} relative to the root) nor inside the folder of another object nested
   * below it. A file belongs to the object whose folder is nearest, and to no other.
   */
  Optional<Path> asset(String folder, String relative, String contentType, String contentFile) {
    Optional<Path> found = file(folder, relative);
    if (found.isEmpty()) {
      return found;
    }
    Path real = found.get();
    if (OBJECT_FILE_NAMES.contains(real.getFileName().toString())) {
      return Optional.empty();
    }
    try {
      Path realBase = root.resolve(folder).toRealPath();
      for (Path dir = real.getParent(); !dir.equals(realBase); dir = dir.getParent()) {
        if (holdsObjectFile(dir)) {
          return Optional.empty();
        }
      }
      if (contentFile != null && SOURCE_TYPES.contains(contentType)) {
        Path source = root.resolve(contentFile).normalize();
        if (Files.exists(source) && Files.isSameFile(source, real)) {
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return found;
  }

  private static boolean holdsObjectFile(Path dir) {
    for (String name : OBJECT_FILE_NAMES) {
      if (Files.exists(dir.resolve(name))) {
        return true;
      }
    }
    return false;
  }
}
