package dev.readiness.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed package manifest.
 *
 * @param dependencies dependency name (lower case; Maven/Gradle as group:artifact) to version spec
 * @param scripts declared scripts or tasks (npm, composer) to their command text
 * @param plugins build plugins (Maven group:artifact, Gradle plugin ids)
 * @param members declared workspace members or modules, as written (paths or globs)
 * @param sections configuration keys present (package.json top-level keys, pyproject "tool.X",
 *     Cargo "lints", csproj "prop:Name=value", Maven "packaging:pom")
 * @param isWorkspaceRoot whether this manifest binds other apps together
 */
public record Manifest(
    String path,
    Ecosystem ecosystem,
    String name,
    Map<String, String> dependencies,
    Map<String, String> scripts,
    Set<String> plugins,
    List<String> members,
    Set<String> sections,
    boolean isWorkspaceRoot) {

  public String dir() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  static Manifest empty(String path, Ecosystem ecosystem) {
    return new Manifest(
        path, ecosystem, "", Map.of(), Map.of(), Set.of(), List.of(), Set.of(), false);
  }
}
