package dev.readiness.facts;

import dev.readiness.metrics.Language;
import java.util.Locale;

/**
 * One path of the repository as the scanner saw it. Paths are relative, '/'-separated.
 *
 * @param lines line count for text files, -1 otherwise
 * @param language the measured language for source files, or null
 * @param code function measurements for source files that are neither vendored nor generated
 */
public record FileEntry(
    String path,
    long size,
    FileKind kind,
    boolean vendored,
    boolean generated,
    int lines,
    Language language,
    CodeStats code) {

  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The directory part, "" for files at the root. */
  public String dir() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Lower-case extension without the dot, "" when there is none. */
  public String extension() {
    return extensionOf(name());
  }

  static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether this counts as first-party source for the code-quality signals. */
  public boolean isOwnSource() {
    return language != null && !vendored && !generated && kind == FileKind.TEXT;
  }

  /** Under a test or fixture directory (secrets there are reported, not failing). */
  public boolean inTestPath() {
    return TestPaths.isTestPath(path);
  }
}
