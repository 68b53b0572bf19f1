package org.pathgraph.ingest.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the last import parsed, by object file: an importer that runs again in the same process (the
 * server re-importing on request) parses only the files whose bytes changed. Parsing (YAML, link
 * and reference scans) is most of the cost of a re-import in which nothing changed.
 *
 * <p>An entry is used only when the file's bytes hash the same and, for {@code metadata.*} files
 * whose object is built from another file in the folder, when the folder's files have the same
 * names, sizes and modification times: everything the parse read. Entries of files that are gone
 * are dropped after each import, and the bodies kept are bounded by {@code maxChars}, beyond which
 * files are simply parsed every time.
 */
public final class ParseMemo {

  /** Characters of object bodies kept at most (about 64 MB of Latin-1 text). */
  static final long DEFAULT_MAX_CHARS = 64L * 1024 * 1024;

  private record Entry(String fingerprint, ObjectFileReader.Parsed parsed, long chars) {}

  private final long maxChars;
  private Path root;
  private Map<String, Entry> last = Map.of();
  private Map<String, Entry> next = new ConcurrentHashMap<>();
  private final AtomicLong chars = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();

  public ParseMemo() {
    this(DEFAULT_MAX_CHARS);
  }

  public ParseMemo(long maxChars) {
    this.maxChars = maxChars;
  }

  /** Starts a read of {@code root}; a different root forgets everything. */
  public synchronized void begin(Path root) {
    if (!root.equals(this.root)) {
      last = Map.of();
    }
    this.root = root;
    next = new ConcurrentHashMap<>();
    chars.set(0);
    hits.set(0);
  }

  /** Ends a read: only the files it saw are remembered. */
  public synchronized void end() {
    last = next;
    next = new ConcurrentHashMap<>();
  }

  /** Files taken from the memo in the current read. */
  long hits() {
    return hits.get();
  }

  /** What the file at {@code rel} with these bytes parsed to last time, or null. */
  ObjectFileReader.Parsed get(String rel, String fingerprint) {
    Entry e = last.get(rel);
    if (e == null || !e.fingerprint().equals(fingerprint)) {
      return null;
    }
    next.put(rel, e);
    chars.addAndGet(e.chars());
    hits.incrementAndGet();
    return e.parsed();
  }

  void put(String rel, String fingerprint, ObjectFileReader.Parsed parsed) {
    long size =
        parsed.object() == null || parsed.object().object().markdown() == null
            ? 0
            : parsed.object().object().markdown().length();
    if (chars.addAndGet(size) > maxChars) {
      chars.addAndGet(-size);
      return;
    }
    next.put(rel, new Entry(fingerprint, parsed, size));
  }

  /**
   * The fingerprint of an object file: the hash of its bytes and, for a {@code metadata.*} file,
   * the names, sizes and modification times of the other files in its folder (its content file is
   * one of them). Null when the folder cannot be listed: then the file is parsed.
   */
  static String fingerprint(Path file, byte[] bytes) {
    MessageDigest digest = Values.sha256();
    digest.update(bytes);
    StringBuilder b = new StringBuilder(Values.hex(digest));
    if (!file.getFileName().toString().equals("index.md")) {
      Map<String, String> folder = new TreeMap<>();
      try (Stream<Path> files = Files.list(file.getParent())) {
        for (Path f : (Iterable<Path>) files::iterator) {
          BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
          folder.put(f.getFileName().toString(), a.size() + "@" + a.lastModifiedTime());
        }
      } catch (IOException | RuntimeException e) {
        return null;
      }
      b.append(folder);
    }
    return b.toString();
  }
}
