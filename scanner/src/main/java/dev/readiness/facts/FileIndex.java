package dev.readiness.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every path of the repository, sorted, with lookups by name, extension, prefix and glob. */
public final class FileIndex {
  private final List<FileEntry> entries;
  private final List<String> paths;
  private final Map<String, FileEntry> byPath = new HashMap<>();
  private final NavigableMap<String, List<FileEntry>> byName = new TreeMap<>();
  private final List<FileEntry> rootFiles = new ArrayList<>();
  private final Map<String, List<FileEntry>> byExtension = new HashMap<>();
  private final Memo<String, List<FileEntry>> globCache = new Memo<>();
  private static final int MAX_ALTERNATIVES = 64;

  /** Built on the first glob that names a directory: most small scans never need it. */
  private volatile DirectoryIndex directories;

  public FileIndex(List<FileEntry> files) {
    List<FileEntry> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(FileEntry::path));
    this.entries = List.copyOf(sorted);
    List<String> p = new ArrayList<>(sorted.size());
    for (FileEntry e : sorted) {
      p.add(e.path());
      byPath.put(e.path(), e);
      if (e.path().indexOf('/') < 0) {
        rootFiles.add(e);
      }
      byName.computeIfAbsent(e.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
      byExtension.computeIfAbsent(e.extension(), k -> new ArrayList<>()).add(e);
    }
    this.paths = p;
  }

  public List<FileEntry> all() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public FileEntry get(String path) {
    return byPath.get(path);
  }

  public boolean exists(String path) {
    return byPath.containsKey(path);
  }

  /** Files with exactly this name (any directory), ignoring case. */
  public List<FileEntry> named(String name) {
    return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public List<FileEntry> withExtension(String extension) {
    return byExtension.getOrDefault(extension.toLowerCase(Locale.ROOT), List.of());
  }

  /** Files whose path starts with {@code prefix} (use a trailing slash for directories). */
  public List<FileEntry> under(String prefix) {
    if (prefix.isEmpty()) {
      return entries;
    }
    int from = Collections.binarySearch(paths, prefix);
    from = from < 0 ? -from - 1 : from;
    int to = from;
    while (to < paths.size() && paths.get(to).startsWith(prefix)) {
      to++;
    }
    return entries.subList(from, to);
  }

  /** Files matching a glob; results are cached because apps ask the same questions. */
  public List<FileEntry> glob(String pattern) {
    return globCache.get(pattern, this::computeGlob);
  }

  private List<FileEntry> computeGlob(String pattern) {
    Glob glob = Glob.of(pattern);
    List<FileEntry> out = new ArrayList<>();
    for (FileEntry e : candidates(pattern)) {
      if (glob.matches(e.path())) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A sorted superset of the files {@code pattern} can match, narrowed per brace alternative by its
   * literal directory, literal name or literal extension, so most globs never visit every file.
   */
  private List<FileEntry> candidates(String pattern) {
    List<String> alternatives = Glob.expand(pattern, MAX_ALTERNATIVES);
    if (alternatives.isEmpty()) {
      return entries;
    }
    if (alternatives.size() == 1) {
      return narrowed(alternatives.get(0)).orElse(entries);
    }
    Set<FileEntry> union = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String alternative : alternatives) {
      Optional<List<FileEntry>> some = narrowed(alternative);
      if (some.isEmpty()) {
        return entries;
      }
      union.addAll(some.get());
    }
    List<FileEntry> sorted = new ArrayList<>(union);
    sorted.sort(Comparator.comparing(FileEntry::path));
    return sorted;
  }

  /** Empty when nothing narrower than every file is safe. */
  private Optional<List<FileEntry>> narrowed(String pattern) {
    String dir = Glob.literalDirectory(pattern);
    if (!dir.isEmpty()) {
      return Optional.of(under(dir));
    }
    if (pattern.indexOf('/') < 0 && !pattern.startsWith("**")) {
      return Optional.of(rootFiles); // "*" never crosses a slash
    }
    Optional<List<FileEntry>> byName = byName(pattern);
    Optional<List<FileEntry>> byDirectory = byDirectory(pattern);
    if (byName.isPresent() && byDirectory.isPresent()) {
      return byName.get().size() <= byDirectory.get().size() ? byName : byDirectory;
    }
    return byName.isPresent() ? byName : byDirectory;
  }

  /** Narrowed by the last segment: a literal name, a literal extension or a name prefix. */
  private Optional<List<FileEntry>> byName(String pattern) {
    String last = pattern.substring(pattern.lastIndexOf('/') + 1);
    int wildcard = Glob.firstWildcard(last);
    if (wildcard == last.length()) {
      return Optional.of(named(last));
    }
    String ext = FileEntry.extensionOf(last);
    if (last.lastIndexOf('.') > wildcard
        && last.indexOf('*', last.lastIndexOf('.')) < 0
        && last.indexOf('?', last.lastIndexOf('.')) < 0
        && !ext.isEmpty()
        && ext.chars().allMatch(Character::isLetterOrDigit)) {
      return Optional.of(withExtension(ext));
    }
    return wildcard >= 2
        ? Optional.of(namedStartingWith(last.substring(0, wildcard)))
        : Optional.empty();
  }

  /**
   * Narrowed by the innermost directory segment that is not {@code **}: the files under the
   * directories of that name ({@code **}{@code /migrations/**}) or name prefix ({@code **}{@code
   * /runbook*}{@code /**}).
   */
  private Optional<List<FileEntry>> byDirectory(String pattern) {
    String[] segments = pattern.split("/", -1);
    for (int i = segments.length - 2; i >= 0; i--) {
      String segment = segments[i];
      if (segment.equals("**")) {
        continue;
      }
      int wildcard = Glob.firstWildcard(segment);
      boolean exact = wildcard == segment.length();
      if (segment.isEmpty() || !exact && wildcard < 2) {
        return Optional.empty();
      }
      List<FileEntry> out = new ArrayList<>();
      for (String dir : directories().named(segment.substring(0, wildcard), !exact)) {
        out.addAll(under(dir + "/"));
      }
      out.sort(Comparator.comparing(FileEntry::path));
      return Optional.of(out);
    }
    return Optional.empty();
  }

  private DirectoryIndex directories() {
    DirectoryIndex d = directories;
    if (d == null) {
      synchronized (this) {
        d = directories;
        if (d == null) {
          d = DirectoryIndex.of(paths);
          directories = d;
        }
      }
    }
    return d;
  }

  /** Files whose name starts with {@code prefix}, ignoring case, sorted by path. */
  private List<FileEntry> namedStartingWith(String prefix) {
    String from = prefix.toLowerCase(Locale.ROOT);
    List<FileEntry> out = new ArrayList<>();
    byName.subMap(from, true, from + Character.MAX_VALUE, false).values().forEach(out::addAll);
    out.sort(Comparator.comparing(FileEntry::path));
    return out;
  }
}
