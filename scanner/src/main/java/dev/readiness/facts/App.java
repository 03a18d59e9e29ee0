package dev.readiness.facts;

import dev.readiness.metrics.Language;
import java.util.List;
import java.util.Set;

/**
 * An application found in the repository.
 *
 * @param path its directory relative to the root, "" for the root itself
 * @param manifests the manifests in its directory
 * @param languages the measured languages of its own source files
 */
public record App(
    String path,
    String name,
    Set<Ecosystem> ecosystems,
    AppKind kind,
    List<Manifest> manifests,
    Set<Language> languages) {

  /** A stable id for reports: the path, or "." for the root. */
  public String id() {
    return path.isEmpty() ? "." : path;
  }

  /** The prefix that files of this app start with. */
  public String prefix() {
    return path.isEmpty() ? "" : path + "/";
  }

  public boolean contains(String filePath) {
    return path.isEmpty()
        || filePath.length() > path.length()
            && filePath.charAt(path.length()) == '/'
            && filePath.startsWith(path);
  }

  /** Whether {@code other} is an app nested inside this one (a subproject below the root). */
  public boolean encloses(App other) {
    return !other.path().equals(path) && contains(other.path());
  }

  /** Whether {@code dir} is this app's directory or one of its ancestors (config inherits). */
  public boolean inheritsFrom(String dir) {
    return dir.isEmpty() || path.equals(dir) || path.startsWith(dir + "/");
  }
}
