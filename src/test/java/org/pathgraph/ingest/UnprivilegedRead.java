package org.pathgraph.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.pathgraph.api.ImportProblem;
import org.pathgraph.api.Severity;
import org.pathgraph.ingest.check.ContentReader;
import org.pathgraph.ingest.check.ContentSnapshot;

/**
 * Reads a content tree as a user that mode-000 files and folders really keep out, so the
 * unreadable-file tests also run as root (CI runs as root, and root's CAP_DAC_OVERRIDE and
 * CAP_DAC_READ_SEARCH read any file whatever its mode). As an ordinary user the tree is read in
 * this JVM; as root it is read in a child JVM started through util-linux {@code setpriv} with those
 * two capabilities dropped from its bounding set (the child stays uid 0, so the temporary tree and
 * the class path, owned by root, stay readable through their owner bits). The child writes what it
 * read (problems, object count, which files keep their previous version) to a file the parent
 * parses.
 */
record UnprivilegedRead(List<ImportProblem> problems, int objects, Map<String, Boolean> keeps) {

  private static final List<String> DROP_DAC =
      List.of("--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all");

  List<ImportProblem> problemsOf(String file) {
    return problems.stream().filter(p -> p.file().equals(file)).toList();
  }

  boolean keepsPrevious(String file) {
    Boolean kept = keeps.get(file);
    if (kept == null) {
      throw new IllegalArgumentException(file + " was not asked about");
    }
    return kept;
  }

  /**
   * Reads {@code tree}, in which {@code unreadable} has mode 000, without the privilege to read it
   * anyway; {@code asked} are the tree-relative files whose {@link ContentSnapshot#keepsPrevious}
   * is wanted. Skips (an assumption) only when this user reads mode-000 files and no way to drop
   * that privilege works here.
   */
  static UnprivilegedRead read(Path tree, Path unreadable, List<String> asked) throws Exception {
    if (!readable(unreadable)) {
      return of(new ContentReader().read(tree), asked);
    }
    Optional<Path> setpriv = onPath("setpriv");
    assumeTrue(
        setpriv.isPresent(),
        "this user reads mode-000 files (root: CAP_DAC_OVERRIDE) and util-linux setpriv, used to"
            + " drop that capability in a child JVM, is not installed");
    // setpriv needs CAP_SETPCAP to shrink the bounding set (missing in some containers).
    List<String> probe = new ArrayList<>(List.of(setpriv.get().toString()));
    probe.addAll(DROP_DAC);
    probe.add("true");
    Process check = new ProcessBuilder(probe).redirectErrorStream(true).start();
    String checkOutput = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(
        check.waitFor() == 0,
        "this user reads mode-000 files (root) and setpriv cannot drop CAP_DAC_OVERRIDE here: "
            + checkOutput.strip());

    Path out = Files.createTempFile("unprivileged-read", ".tsv");
    try {
      List<String> command = new ArrayList<>(List.of(setpriv.get().toString()));
      command.addAll(DROP_DAC);
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "-Xmx256m",
              "-cp",
              System.getProperty("java.class.path"),
              UnprivilegedRead.class.getName(),
              tree.toString(),
              unreadable.toString(),
              out.toString()));
      command.addAll(asked);
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!child.waitFor(2, TimeUnit.MINUTES) || child.exitValue() != 0) {
        child.destroyForcibly();
        throw new AssertionError("the reading child JVM failed:\n" + log);
      }
      return parse(Files.readAllLines(out));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The child: {@code tree unreadable out asked...}. */
  public static void main(String[] args) throws IOException {
    Path tree = Path.of(args[0]);
    Path unreadable = Path.of(args[1]);
    Path out = Path.of(args[2]);
    List<String> asked = List.of(args).subList(3, args.length);
    List<String> lines = new ArrayList<>();
    // Proof that the capability drop took: otherwise the parent's assertions would test nothing.
    if (readable(unreadable)) {
      throw new IllegalStateException("the child still reads mode-000 " + unreadable);
    }
    UnprivilegedRead read = of(new ContentReader().read(tree), asked);
    for (ImportProblem p : read.problems()) {
      lines.add(String.join("\t", "problem", p.severity().name(), p.code(), p.file()));
    }
    lines.add("objects\t" + read.objects());
    read.keeps().forEach((file, kept) -> lines.add("keeps\t" + kept + "\t" + file));
    Files.write(out, lines, StandardCharsets.UTF_8);
  }

  private static UnprivilegedRead of(ContentSnapshot snapshot, List<String> asked) {
    Map<String, Boolean> keeps = new LinkedHashMap<>();
    asked.forEach(file -> keeps.put(file, snapshot.keepsPrevious(file)));
    return new UnprivilegedRead(snapshot.problems(), snapshot.objects().size(), keeps);
  }

  private static UnprivilegedRead parse(List<String> lines) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Boolean> keeps = new LinkedHashMap<>();
    int objects = -1;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "problem" ->
            problems.add(new ImportProblem(Severity.valueOf(f[1]), f[2], f[3], null, ""));
        case "objects" -> objects = Integer.parseInt(f[1]);
        case "keeps" -> keeps.put(f[2], Boolean.parseBoolean(f[1]));
        default -> throw new IllegalStateException("unexpected line from the child: " + line);
      }
    }
    return new UnprivilegedRead(problems, objects, keeps);
  }

  /** Whether this process can read the file, or list the folder, at {@code path}. */
  static boolean readable(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.count();
        }
      } else {
        Files.readAllBytes(path);
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
