package org.pathgraph.ingest.tree;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;

/**
 * Lists the content files below a folder, following symbolic links that stay inside the content
 * root. What cannot be walked is a problem of the file or folder concerned, never an exception: a
 * link loop, a link leading out of the tree, a folder that disappears or cannot be read.
 */
public final class TreeWalk {

  /** The wanted files in code-point order of their relative paths, and the problems met. */
  public record Listing(
      List<Path> files, List<ImportProblem> problems, List<String> unreadableFolders) {}

  private TreeWalk() {}

  public static Listing list(Path root, Path dir, Predicate<Path> wanted) {
    List<Path> files = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return new Listing(List.of(), List.of(), List.of());
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot resolve the content root " + root, e);
    }
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
              if (Files.isSymbolicLink(folder) && !inside(realRoot, folder)) {
                problems.add(
                    warning(
                        "LINK_OUTSIDE_TREE",
                        root,
                        folder,
                        "folder link leads out of the content tree: not followed"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!wanted.test(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (!attrs.isRegularFile()) {
                // A broken link, a device or a pipe carrying a content file's name.
                problems.add(
                    warning(
                        Files.isSymbolicLink(file) ? "BROKEN_LINK" : "NOT_A_FILE",
                        root,
                        file,
                        Files.isSymbolicLink(file)
                            ? "link leads nowhere: nothing to read"
                            : "not a regular file: not read"));
              } else if (Files.isSymbolicLink(file) && !inside(realRoot, file)) {
                problems.add(
                    warning(
                        "LINK_OUTSIDE_TREE",
                        root,
                        file,
                        "file link leads out of the content tree: not read"));
              } else {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String rel = TreeWalk.relative(root, file);
              if (e instanceof FileSystemLoopException) {
                problems.add(
                    warning(
                        "LINK_LOOP",
                        root,
                        file,
                        "folder link leads back to a folder that contains it: not followed"));
              } else if (e instanceof NoSuchFileException) {
                problems.add(
                    warning(
                        "VANISHED",
                        root,
                        file,
                        "disappeared while the tree was read: what it held is not imported"));
              } else {
                // Content we cannot see is not content that was deleted: keep what the graph has.
                unreadable.add(rel);
                problems.add(
                    new ImportProblem(
                        Severity.ERROR,
                        "UNREADABLE_FOLDER",
                        rel,
                        null,
                        (e instanceof AccessDeniedException
                                ? "cannot be read (permission denied)"
                                : "cannot be read (" + e.getMessage() + ")")
                            + ": the previous version of what it holds is kept"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) {
              if (e != null) {
                return visitFileFailed(folder, e);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // The visitor handles every failure; walkFileTree only throws for the start folder.
      problems.add(warning("VANISHED", root, dir, "cannot be walked (" + e.getMessage() + ")"));
    }
    // Each file's relative path once, not once per comparison: a sort compares n log n times.
    Map<Path, String> relative = new HashMap<>();
    files.forEach(f -> relative.put(f, TreeWalk.relative(root, f)));
    files.sort(Comparator.comparing(relative::get, CodePoints.ORDER));
    return new Listing(List.copyOf(files), List.copyOf(problems), List.copyOf(unreadable));
  }

  private static boolean inside(Path realRoot, Path path) {
    try {
      return path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private static ImportProblem warning(String code, Path root, Path file, String message) {
    return new ImportProblem(Severity.WARNING, code, TreeWalk.relative(root, file), null, message);
  }

  /** {@code file} relative to {@code root}, with {@code /} as separator on every platform. */
  public static String relative(Path root, Path file) {
    String rel = root.relativize(file).toString();
    String separator = file.getFileSystem().getSeparator();
    return separator.equals("/") ? rel : rel.replace(separator, "/");
  }
}
