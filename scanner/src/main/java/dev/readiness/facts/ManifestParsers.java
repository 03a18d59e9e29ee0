package dev.readiness.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses package manifests from their text. A manifest that does not parse yields an empty manifest
 * of its ecosystem: it still marks an app, and it never stops a scan.
 */
final class ManifestParsers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern PEP508_NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");
  private static final Pattern GO_REQUIRE =
      Pattern.compile(
          "^\\s*(?:require\\s+)?([a-z0-9.\\-]+\\.[a-z]+/[^\\s]+)\\s+(v[^\\s]+)", Pattern.MULTILINE);
  private static final Pattern GO_MODULE = Pattern.compile("^module\\s+(\\S+)", Pattern.MULTILINE);
  private static final Pattern GO_USE =
      Pattern.compile("^\\s*(?:use\\s+)?(\\./?[^\\s)]*|\\.)\\s*$", Pattern.MULTILINE);
  private static final Pattern GEM =
      Pattern.compile("^\\s*gem\\s+['\"]([^'\"]+)['\"]", Pattern.MULTILINE);
  private static final Pattern CMAKE_PROJECT =
      Pattern.compile("project\\s*\\(\\s*([A-Za-z0-9_.-]+)", Pattern.CASE_INSENSITIVE);

  private ManifestParsers() {}

  private static final Pattern REQUIREMENTS = Pattern.compile("requirements[\\w.-]*\\.txt");

  /** The ecosystem a file name declares, if it is a manifest this scanner reads. */
  static Optional<Ecosystem> ecosystemOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(
        switch (lower) {
          case "package.json" -> Ecosystem.NPM;
          case "pom.xml" -> Ecosystem.MAVEN;
          case "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts" ->
              Ecosystem.GRADLE;
          case "pyproject.toml", "setup.py", "setup.cfg", "pipfile" -> Ecosystem.PYTHON;
          case "go.mod", "go.work" -> Ecosystem.GO;
          case "cargo.toml" -> Ecosystem.CARGO;
          case "gemfile" -> Ecosystem.RUBY;
          case "composer.json" -> Ecosystem.PHP;
          case "cmakelists.txt" -> Ecosystem.CMAKE;
          case "directory.build.props" -> Ecosystem.DOTNET;
          default -> {
            if (lower.endsWith(".csproj")
                || lower.endsWith(".fsproj")
                || lower.endsWith(".vbproj")) {
              yield Ecosystem.DOTNET;
            }
            yield lower.startsWith("requirements") && REQUIREMENTS.matcher(lower).matches()
                ? Ecosystem.PYTHON
                : null;
          }
        });
  }

  /**
   * Whether a file named like a manifest is one. A setup.py that uses neither setuptools nor
   * distutils is a module that happens to be named so (pylint's {@code pylint setup} command).
   */
  static boolean isManifest(String name, String text) {
    if (!"setup.py".equals(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return text.contains("setuptools") || text.contains("distutils") || text.contains("skbuild");
  }

  static Manifest parse(String path, Ecosystem ecosystem, String text) {
    ManifestBuilder b = new ManifestBuilder(path, ecosystem);
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    try {
      switch (ecosystem) {
        case NPM -> npm(b, JSON.readTree(text));
        case PHP -> composer(b, JSON.readTree(text));
        case MAVEN -> XmlManifests.pom(b, text);
        case DOTNET -> XmlManifests.dotnet(b, text);
        case GRADLE -> GradleManifests.parse(b, name, text);
        case PYTHON -> python(b, name, text);
        case GO -> go(b, name, text);
        case CARGO -> cargo(b, TOML.readTree(text));
        case RUBY -> ruby(b, text);
        case CMAKE -> cmake(b, text);
        default -> {}
      }
      return b.build();
    } catch (Exception e) { // malformed manifests are facts too: an app without parsed details
      return Manifest.empty(path, ecosystem);
    }
  }

  private static void npm(ManifestBuilder b, JsonNode root) {
    b.name = root.path("name").asText("");
    for (String key : new String[] {"dependencies", "peerDependencies", "optionalDependencies"}) {
      fields(root.path(key), b::dependency);
    }
    fields(root.path("devDependencies"), b::devDependency);
    fields(root.path("scripts"), (k, v) -> b.scripts.put(k, v));
    root.fieldNames().forEachRemaining(b.sections::add);
    JsonNode ws = root.path("workspaces");
    JsonNode list = ws.isArray() ? ws : ws.path("packages");
    list.forEach(n -> b.members.add(n.asText()));
  }

  /** A Gemfile that says {@code gemspec} serves a gem's development: the gemspec ships. */
  private static void ruby(ManifestBuilder b, String text) {
    matchAll(GEM, text, 1, dep -> b.dependency(dep, ""));
    if (GEMSPEC.matcher(text).find()) {
      b.sections.add("gemspec");
    }
  }

  private static final Pattern GEMSPEC = Pattern.compile("(?m)^\\s*gemspec\\b");

  private static void composer(ManifestBuilder b, JsonNode root) {
    b.name = root.path("name").asText("");
    fields(root.path("require"), b::dependency);
    fields(root.path("require-dev"), b::devDependency);
    fields(root.path("scripts"), (k, v) -> b.scripts.put(k, v));
    root.fieldNames().forEachRemaining(b.sections::add);
  }

  private static void cargo(ManifestBuilder b, JsonNode root) {
    b.name = root.path("package").path("name").asText("");
    for (String key : new String[] {"dependencies", "dev-dependencies", "build-dependencies"}) {
      fields(root.path(key), b::dependency);
    }
    fields(root.path("workspace").path("dependencies"), b::dependency);
    root.path("workspace").path("members").forEach(n -> b.members.add(n.asText()));
    b.workspaceRoot = root.has("workspace");
    root.fieldNames().forEachRemaining(b.sections::add);
    if (!root.has("package")) {
      b.sections.add("virtual-workspace");
    }
  }

  private static void python(ManifestBuilder b, String name, String text) throws Exception {
    switch (name) {
      case "pyproject.toml" -> PythonManifests.pyproject(b, TOML.readTree(text));
      case "pipfile" -> {
        JsonNode root = TOML.readTree(text);
        fields(root.path("packages"), b::dependency);
        fields(root.path("dev-packages"), b::dependency);
      }
      case "setup.cfg" -> PythonManifests.setupCfg(b, text);
      case "setup.py" -> PythonManifests.setupPy(b, text);
      default -> requirements(b, text);
    }
  }

  static void requirements(ManifestBuilder b, String text) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("-")) {
        continue;
      }
      Matcher m = PEP508_NAME.matcher(l);
      if (m.find()) {
        b.dependency(m.group(1), l.substring(m.end()).strip());
      }
    }
  }

  static String pep508Name(String requirement) {
    Matcher m = PEP508_NAME.matcher(requirement);
    return m.find() ? m.group(1) : "";
  }

  private static void go(ManifestBuilder b, String name, String text) {
    if ("go.work".equals(name)) {
      b.workspaceRoot = true;
      matchAll(GO_USE, text, 1, b.members::add);
      return;
    }
    Matcher m = GO_MODULE.matcher(text);
    b.name = m.find() ? m.group(1) : "";
    Matcher r = GO_REQUIRE.matcher(text);
    while (r.find()) {
      b.dependency(r.group(1), r.group(2));
    }
  }

  private static void cmake(ManifestBuilder b, String text) {
    Matcher m = CMAKE_PROJECT.matcher(text);
    b.name = m.find() ? m.group(1) : "";
  }

  static void matchAll(
      Pattern p, String text, int group, java.util.function.Consumer<String> sink) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      sink.accept(m.group(group));
    }
  }

  static void fields(JsonNode node, java.util.function.BiConsumer<String, String> sink) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      sink.accept(e.getKey(), v.isTextual() ? v.asText() : v.path("version").asText(v.toString()));
    }
  }
}
