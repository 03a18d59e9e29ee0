package dev.readiness.facts;

import dev.readiness.metrics.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the applications of a repository: every directory with a package manifest that holds
 * source, minus pure workspace roots (npm workspaces, Maven aggregators, Gradle settings, virtual
 * Cargo workspaces, go.work), nested CMake directories, test or example fixtures, benchmarks, fuzz
 * targets, playgrounds and tooling folders (scripts/, tools/...) unless a workspace declares them;
 * plus the root when nothing else is found, or when the root holds a project of its own beside
 * them.
 */
final class AppDetector {
  private static final Pattern EXAMPLE_DIR =
      Pattern.compile(
          "(^|/)("
              + TestPaths.EXAMPLE_SEGMENT
              + "|([^/]*[-_.])?(demos?|docs?|asciidoc|benchmarks?|bench|jmh|fuzz|playground|snippets"
              + "|tests?|testing|it|e2e|integration-tests?|assets|translations|locales?|i18n)"
              + "([-_.][^/]*)?)(/|$)",
          Pattern.CASE_INSENSITIVE);

  /** Helper folders: a manifest there (scripts/requirements.txt) is the project's tooling. */
  private static final Pattern HELPER_DIR =
      Pattern.compile(
          "(^|/)(scripts?|tools?|hack|utils?|ci|bin|dev|devtools|build-aux|buildSrc|build-logic)"
              + "(/|$)");

  /** Static documentation site generators: a package built on one is the project's docs. */
  private static final Pattern DOCS_SITE =
      Pattern.compile(
          "@docusaurus/core|vitepress|vuepress|docsify(-cli)?|nextra|@astrojs/starlight"
              + "|@mintlify/.*|gatsby-theme-docz|docz");

  private AppDetector() {}

  static List<App> detect(List<Manifest> manifests, FileIndex files, Map<String, String> contents) {
    Map<String, List<Manifest>> byDir = new TreeMap<>();
    for (Manifest m : manifests) {
      byDir.computeIfAbsent(m.dir(), k -> new ArrayList<>()).add(m);
    }
    Set<String> members = declaredMembers(byDir.keySet(), manifests);
    List<App> apps = new ArrayList<>();
    for (Map.Entry<String, List<Manifest>> e : byDir.entrySet()) {
      String dir = e.getKey();
      boolean member = members.contains(dir);
      if (TestPaths.isTestPath(dir)
          || EXAMPLE_DIR.matcher(dir).find()
          || e.getValue().stream().anyMatch(AppDetector::isTestProject)
          || !dir.isEmpty() && e.getValue().stream().anyMatch(AppDetector::isDocsSite)
          || !member && HELPER_DIR.matcher(dir).find()) {
        continue; // tests, examples, benchmarks and tooling support the apps; they are not gated
      }
      if (isApp(dir, e.getValue(), byDir, files, member)) {
        apps.add(build(dir, e.getValue(), files, contents));
      }
    }
    if (apps.isEmpty() || !byDir.containsKey("") && projectAtRoot(apps, files)) {
      apps.add(0, build("", List.of(), files, contents));
    }
    return apps.stream().map(a -> withLanguages(a, apps, files)).toList();
  }

  /** The app with the languages of its own source, leaving out the apps nested in it. */
  private static App withLanguages(App app, List<App> apps, FileIndex files) {
    List<App> nested = apps.stream().filter(app::encloses).toList();
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (FileEntry f : files.under(app.prefix())) {
      if (f.isOwnSource() && nested.stream().noneMatch(a -> a.contains(f.path()))) {
        languages.add(f.language());
      }
    }
    return new App(
        app.path(),
        app.name(),
        app.ecosystems(),
        app.kind(),
        app.manifests(),
        Set.copyOf(languages));
  }

  /**
   * Whether, beside the apps found, the root holds a project without a manifest of its own: every
   * app is in a helper folder (pyenv's plugins/python-build/scripts), or most first-party source
   * lies outside every app (a Python tree with one package.json deep inside it).
   */
  private static boolean projectAtRoot(List<App> apps, FileIndex files) {
    if (apps.stream().allMatch(a -> HELPER_DIR.matcher(a.path()).find())) {
      return true;
    }
    Set<String> dirs = new HashSet<>();
    apps.forEach(a -> dirs.add(a.path()));
    int inside = 0;
    int outside = 0;
    String lastDir = null;
    boolean exampleDir = false;
    boolean insideDir = false;
    for (FileEntry f : files.all()) {
      String path = f.path();
      if (!f.isOwnSource()) {
        continue;
      }
      int slash = path.lastIndexOf('/');
      String dir = slash < 0 ? "" : path.substring(0, slash);
      if (!dir.equals(lastDir)) { // sorted files mostly share the directory of the one before
        lastDir = dir;
        exampleDir = EXAMPLE_DIR.matcher(dir).find();
        insideDir = insideAny(path, dirs);
      }
      if (exampleDir
          || EXAMPLE_DIR.matcher(path.substring(slash + 1)).find()
          || TestPaths.isTestPath(path)) {
        continue;
      }
      if (insideDir) {
        inside++;
      } else {
        outside++;
      }
    }
    return outside > inside;
  }

  private static boolean insideAny(String path, Set<String> dirs) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (dirs.contains(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApp(
      String dir,
      List<Manifest> ms,
      Map<String, List<Manifest>> byDir,
      FileIndex files,
      boolean member) {
    // the build file beside a multi-project Gradle settings file configures the projects
    boolean gradleRoot =
        ms.stream().anyMatch(m -> m.ecosystem() == Ecosystem.GRADLE && isPureWorkspaceRoot(m));
    boolean onlyRoots =
        ms.stream()
            .allMatch(
                m -> isPureWorkspaceRoot(m) || gradleRoot && m.ecosystem() == Ecosystem.GRADLE);
    if (onlyRoots && !hasOwnSource(dir, files)) {
      return false;
    }
    boolean onlyCmake = ms.stream().allMatch(m -> m.ecosystem() == Ecosystem.CMAKE);
    if (onlyCmake && hasAncestorWith(dir, byDir, Ecosystem.CMAKE)) {
      return false;
    }
    boolean onlyProps =
        ms.stream().allMatch(m -> m.path().toLowerCase().endsWith("directory.build.props"));
    if (onlyProps) {
      return false;
    }
    return member || hasSource(dir, files);
  }

  /** A package whose dependencies build a documentation site (a website/ beside the code). */
  private static boolean isDocsSite(Manifest m) {
    return m.ecosystem() == Ecosystem.NPM
        && m.dependencies().keySet().stream().anyMatch(d -> DOCS_SITE.matcher(d).matches());
  }

  static boolean isTestProject(Manifest m) {
    return m.isDotnetTestProject();
  }

  private static boolean isPureWorkspaceRoot(Manifest m) {
    return switch (m.ecosystem()) {
      case NPM -> !m.members().isEmpty();
      case MAVEN -> m.sections().contains("packaging:pom");
      case GRADLE -> m.sections().contains("settings") && !m.members().isEmpty();
      case CARGO -> m.sections().contains("virtual-workspace");
      case GO -> m.path().endsWith("go.work");
      default -> false;
    };
  }

  private static boolean hasAncestorWith(
      String dir, Map<String, List<Manifest>> byDir, Ecosystem eco) {
    for (String d = parent(dir); d != null; d = parent(d)) {
      List<Manifest> ms = byDir.get(d);
      if (ms != null && ms.stream().anyMatch(m -> m.ecosystem() == eco)) {
        return true;
      }
    }
    return false;
  }

  private static String parent(String dir) {
    if (dir.isEmpty()) {
      return null;
    }
    int slash = dir.lastIndexOf('/');
    return slash < 0 ? "" : dir.substring(0, slash);
  }

  private static boolean hasSource(String dir, FileIndex files) {
    String prefix = dir.isEmpty() ? "" : dir + "/";
    return files.under(prefix).stream().anyMatch(f -> f.language() != null && !f.vendored());
  }

  /** Source directly in the root's own src/ or lib/ folder, beside a workspace declaration. */
  private static boolean hasOwnSource(String dir, FileIndex files) {
    String prefix = dir.isEmpty() ? "" : dir + "/";
    return hasSource(prefix + "src", files) || hasSource(prefix + "lib", files);
  }

  private static Set<String> declaredMembers(Set<String> dirs, List<Manifest> manifests) {
    Set<String> out = new TreeSet<>();
    for (Manifest m : manifests) {
      for (String member : m.members()) {
        String pattern = join(m.dir(), member.replaceAll("^\\./", "").replaceAll("/$", ""));
        Glob glob = Glob.of(pattern);
        for (String d : dirs) {
          if (glob.matches(d) || d.equals(pattern)) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  private static String join(String dir, String rel) {
    if (rel.isEmpty() || ".".equals(rel)) {
      return dir;
    }
    return dir.isEmpty() ? rel : dir + "/" + rel;
  }

  private static App build(
      String dir, List<Manifest> ms, FileIndex files, Map<String, String> contents) {
    Set<Ecosystem> ecosystems = EnumSet.noneOf(Ecosystem.class);
    String name = "";
    for (Manifest m : ms) {
      ecosystems.add(m.ecosystem());
      if (name.isEmpty() && !m.name().isBlank()) {
        name = m.name();
      }
    }
    if (ecosystems.isEmpty()) {
      ecosystems.add(Ecosystem.GENERIC);
    }
    if (name.isEmpty()) {
      name = dir.isEmpty() ? "(root)" : dir.substring(dir.lastIndexOf('/') + 1);
    }
    AppKind kind = AppKinds.classify(dir, ms, files, contents);
    // languages come last, once every app is known (detect)
    return new App(dir, name, Set.copyOf(ecosystems), kind, List.copyOf(ms), Set.of());
  }
}
