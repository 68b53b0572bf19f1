package org.pathgraph.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.pathgraph.PathgraphProperties;
import org.springframework.stereotype.Component;

/**
 * The files of learning objects, below the configured content root. Every lookup is confined to the
 * object's own folder: {@code ..}, absolute paths and symbolic links that leave it find nothing.
 */
@Component
public class ContentFiles {

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
}
