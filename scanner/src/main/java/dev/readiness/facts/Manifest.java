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
 * @param development the dependencies only development needs (npm devDependencies, composer
 *     require-dev, Maven test scope, Gradle test configurations, Python extras and groups)
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
    boolean isWorkspaceRoot,
    Set<String> development) {

  /** The dependencies the shipped app needs at run time. */
  public boolean runtimeDependency(String dependency) {
    return dependencies.containsKey(dependency) && !development.contains(dependency);
  }

  private static final java.util.regex.Pattern TEST_FRAMEWORK =
      java.util.regex.Pattern.compile(
          "microsoft\\.net\\.test\\.sdk|xunit(\\..*)?|nunit|mstest\\..*|tunit"
              + "|microsoft\\.visualstudio\\.qualitytools\\.unittestframework.*");

  /** A .NET project that references a test framework: a test project, not an app. */
  public boolean isDotnetTestProject() {
    return ecosystem == Ecosystem.DOTNET
        && dependencies.keySet().stream().anyMatch(d -> TEST_FRAMEWORK.matcher(d).matches());
  }

  /** This manifest, binding {@code more} workspace members too (pnpm lists them beside it). */
  Manifest withMembers(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(members);
    all.addAll(more);
    return new Manifest(
        path,
        ecosystem,
        name,
        dependencies,
        scripts,
        plugins,
        List.copyOf(all),
        sections,
        true,
        development);
  }

  public String dir() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  static Manifest empty(String path, Ecosystem ecosystem) {
    return new Manifest(
        path, ecosystem, "", Map.of(), Map.of(), Set.of(), List.of(), Set.of(), false, Set.of());
  }
}
