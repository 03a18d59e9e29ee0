package dev.readiness.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every path of the repository, sorted, with lookups by name, extension, prefix and glob. */
public final class FileIndex {
  private final List<FileEntry> entries;
  private final List<String> paths;
  private final Map<String, FileEntry> byPath = new HashMap<>();
  private final Map<String, List<FileEntry>> byName = new HashMap<>();
  private final Map<String, List<FileEntry>> byExtension = new HashMap<>();
  private final Map<String, List<FileEntry>> globCache = new ConcurrentHashMap<>();

  public FileIndex(List<FileEntry> files) {
    List<FileEntry> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(FileEntry::path));
    this.entries = List.copyOf(sorted);
    List<String> p = new ArrayList<>(sorted.size());
    for (FileEntry e : sorted) {
      p.add(e.path());
      byPath.put(e.path(), e);
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
    return globCache.computeIfAbsent(pattern, this::computeGlob);
  }

  private List<FileEntry> computeGlob(String pattern) {
    Glob glob = Glob.of(pattern);
    List<FileEntry> candidates = candidates(pattern, glob);
    List<FileEntry> out = new ArrayList<>();
    for (FileEntry e : candidates) {
      if (glob.matches(e.path())) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  private List<FileEntry> candidates(String pattern, Glob glob) {
    String dir = glob.literalDirectory();
    if (!dir.isEmpty()) {
      return under(dir);
    }
    if (pattern.indexOf('{') >= 0) {
      return entries; // alternatives may hold slashes: no narrower candidate set is safe
    }
    String last = pattern.substring(pattern.lastIndexOf('/') + 1);
    if (last.indexOf('*') < 0 && last.indexOf('?') < 0 && last.indexOf('{') < 0) {
      return named(last);
    }
    String ext = FileEntry.extensionOf(last);
    boolean literalExtension = last.lastIndexOf('.') > last.lastIndexOf('*');
    if (literalExtension && !ext.isEmpty() && ext.chars().allMatch(Character::isLetterOrDigit)) {
      return withExtension(ext);
    }
    return entries;
  }
}
