package dev.readiness.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every directory of the repository by its name, ignoring case, so that a glob such as {@code
 * **}{@code /migrations/**} looks at the files under the directories named "migrations" instead of
 * testing every path of the repository.
 */
final class DirectoryIndex {
  private final NavigableMap<String, List<String>> byName = new TreeMap<>();

  private DirectoryIndex() {}

  /** Indexes the directories that {@code paths} (files, relative, '/'-separated) lie in. */
  static DirectoryIndex of(Collection<String> paths) {
    DirectoryIndex index = new DirectoryIndex();
    Set<String> seen = new HashSet<>();
    for (String path : paths) {
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        String dir = path.substring(0, slash);
        if (!seen.add(dir)) {
          break; // its ancestors were added with it
        }
        String name = dir.substring(dir.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        index.byName.computeIfAbsent(name, k -> new ArrayList<>()).add(dir);
      }
    }
    return index;
  }

  /**
   * The directories named {@code name} (or, with {@code prefix}, whose name starts with it),
   * ignoring case, sorted, leaving out those inside another one of them: their files are already
   * under it.
   */
  List<String> named(String name, boolean prefix) {
    String key = name.toLowerCase(Locale.ROOT);
    List<String> dirs = new ArrayList<>();
    if (prefix) {
      byName.subMap(key, true, key + Character.MAX_VALUE, false).values().forEach(dirs::addAll);
    } else {
      dirs.addAll(byName.getOrDefault(key, List.of()));
    }
    dirs.sort(null);
    List<String> outermost = new ArrayList<>(dirs.size());
    for (String dir : dirs) {
      String last = outermost.isEmpty() ? null : outermost.get(outermost.size() - 1);
      if (last == null || !dir.startsWith(last + "/")) {
        outermost.add(dir);
      }
    }
    return outermost;
  }
}
