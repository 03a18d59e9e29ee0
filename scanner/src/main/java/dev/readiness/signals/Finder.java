package dev.readiness.signals;

import dev.readiness.facts.FileEntry;
import dev.readiness.facts.Manifest;
import dev.readiness.facts.ProbeHit;
import dev.readiness.facts.ProbeWords;
import dev.readiness.facts.TestPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Collects evidence for a signal from several kinds of facts; the signal passes when any of them
 * found something. Every method adds human-readable evidence such as "path:line".
 */
public final class Finder {
  /** CI configuration of every supported system. */
  static final List<String> CI_GLOBS =
      List.of(
          ".github/workflows/*.{yml,yaml}",
          ".gitlab-ci.yml",
          ".gitlab/ci/**",
          "Jenkinsfile",
          "**/Jenkinsfile",
          ".circleci/config.{yml,yaml}",
          "azure-pipelines.{yml,yaml}",
          ".azure-pipelines/**",
          ".buildkite/**",
          ".tekton/**",
          ".drone.{yml,yaml}",
          "bitbucket-pipelines.yml",
          ".travis.yml",
          "appveyor.{yml,yaml}",
          "cloudbuild.{yml,yaml}",
          ".woodpecker.{yml,yaml}",
          ".woodpecker/*.{yml,yaml}");

  /** Hooks and build scripts: where a tool can be wired besides CI. */
  static final List<String> WIRING_GLOBS =
      List.of(
          ".pre-commit-config.yaml",
          ".husky/*",
          "lefthook.{yml,yaml}",
          ".lefthook.{yml,yaml}",
          ".githooks/*",
          ".lintstagedrc*",
          "lint-staged.config.*",
          "Makefile",
          "**/Makefile",
          "justfile",
          "Justfile",
          "Taskfile.{yml,yaml}",
          "**/pom.xml",
          "**/build.gradle",
          "**/build.gradle.kts",
          "tox.ini",
          "noxfile.py",
          "Rakefile",
          ".cargo/config.toml",
          "scripts/*",
          "Scripts/*",
          "bin/*",
          "**/*.csproj",
          "Directory.Build.props");

  /** Manifests whose settings may run a tool, where a section or key only names it. */
  static final List<String> SETTINGS_GLOBS =
      List.of("**/pyproject.toml", "**/setup.cfg", "**/Cargo.toml");

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final SignalContext ctx;
  private final Set<String> evidence = new LinkedHashSet<>();

  /** The evidence that is a dependency alone, to the dependency's name. */
  private final Map<String, String> declared = new HashMap<>();

  Finder(SignalContext ctx) {
    this.ctx = ctx;
  }

  static Pattern re(String regex) {
    return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.MULTILINE));
  }

  public boolean found() {
    return !evidence.isEmpty();
  }

  public List<String> evidence() {
    return new ArrayList<>(evidence);
  }

  /** Adds a fact that the caller established itself. */
  public Finder add(String fact) {
    if (fact != null) {
      evidence.add(fact);
    }
    return this;
  }

  public Finder files(String... globs) {
    for (String glob : globs) {
      for (FileEntry f : ctx.files(glob)) {
        evidence.add(f.path());
      }
    }
    return this;
  }

  /**
   * The app's own files (not inherited from ancestors), e.g. its tests; not its examples and
   * fixtures ({@code examples/basic/test_loop.py} is no test of the app).
   */
  public Finder ownFiles(String... globs) {
    return filesWhere(path -> ctx.ownFile(path) && !TestPaths.isDataPath(path), globs);
  }

  /** Files anywhere in the repository (deployment and operations material lives outside apps). */
  public Finder filesAnywhere(String... globs) {
    return filesWhere(path -> true, globs);
  }

  /**
   * Files anywhere in the repository but under tests, examples and fixtures: pylint's test data
   * holds the PlantUML diagrams its tests compare against, Symfony's Dotenv tests hold .env.dist
   * files; they document nothing about the project.
   */
  public Finder filesOutsideTests(String... globs) {
    return filesWhere(path -> !TestPaths.isTestPath(path) && !TestPaths.isDataPath(path), globs);
  }

  private Finder filesWhere(Predicate<String> keep, String... globs) {
    for (String glob : globs) {
      for (FileEntry f : ctx.facts().files().glob(glob)) {
        if (keep.test(f.path())) {
          evidence.add(f.path());
        }
      }
    }
    return this;
  }

  /** Files anywhere in the repository whose text matches. */
  public Finder containsAnywhere(String glob, String regex) {
    evidence.addAll(ctx.facts().searchAll(glob, re(regex)));
    return this;
  }

  /** Files matching {@code glob} whose text matches {@code regex}. */
  public Finder contains(String glob, String regex) {
    for (FileEntry f : ctx.files(glob)) {
      ctx.grep(f.path(), re(regex)).ifPresent(evidence::add);
    }
    return this;
  }

  public Finder dependency(String regex) {
    Pattern p = re(regex);
    for (Manifest m : ctx.toolManifests()) {
      for (String dep : m.dependencies().keySet()) {
        if (p.matcher(dep).matches()) {
          String fact = "dependency " + dep + " in " + m.path();
          evidence.add(fact);
          declared.put(fact, dep);
        }
      }
    }
    return this;
  }

  public Finder plugin(String regex) {
    Pattern p = re(regex);
    for (Manifest m : ctx.manifests()) {
      for (String plugin : m.plugins()) {
        if (p.matcher(plugin).matches()) {
          evidence.add("plugin " + plugin + " in " + m.path());
        }
      }
    }
    return this;
  }

  /** Declared scripts whose name or command matches. */
  public Finder script(String regex) {
    Pattern p = re(regex);
    for (Manifest m : ctx.manifests()) {
      m.scripts()
          .forEach(
              (name, cmd) -> {
                if (p.matcher(name).find() || p.matcher(cmd).find()) {
                  evidence.add("script \"" + name + "\" in " + m.path());
                }
              });
    }
    return this;
  }

  public Finder section(String regex) {
    Pattern p = re(regex);
    for (Manifest m : ctx.manifests()) {
      for (String s : m.sections()) {
        if (p.matcher(s).matches()) {
          evidence.add(s + " in " + m.path());
        }
      }
    }
    return this;
  }

  /** Matches in CI configuration (always repository-wide). */
  public Finder ci(String regex) {
    return anyOf(CI_GLOBS, regex, "CI ");
  }

  /** Matches in CI, hooks and build scripts: the places where a tool actually runs. */
  /**
   * Runs {@code regex} where tools are run: CI, hooks, build files and task runners, the commands
   * of npm and Composer scripts, and the values of Python and Cargo settings. A devDependency on
   * ESLint or a {@code [tool.ruff]} section configures a tool; it does not run it.
   */
  public Finder automation(String regex) {
    ci(regex);
    Pattern p = re(regex);
    evidence.addAll(ctx.facts().searchScripts(p));
    for (String glob : SETTINGS_GLOBS) {
      evidence.addAll(ctx.facts().searchValues(glob, p));
    }
    return anyOf(WIRING_GLOBS, regex, "");
  }

  /**
   * Matches on lines that are not comments: a {@code # shellcheck disable=...} directive in a
   * script, or a commented-out CI step, runs nothing.
   */
  private Finder anyOf(List<String> globs, String regex, String label) {
    Pattern p = re("^(?![ \\t]*(#|//))[^\\n]*?(?:" + regex + ")");
    for (String glob : globs) {
      for (String loc : ctx.facts().searchAll(glob, p)) {
        evidence.add(label + loc); // repository-wide, so every app shares one answer
      }
    }
    return this;
  }

  /**
   * The first use of each keyword in shipped code. Test sources and their fixtures do not count: a
   * linter's specs hold samples of the very code it checks ({@code ActiveRecord::}, {@code # typed:
   * strict}), and a mock of a client is no use of it.
   */
  public Finder probe(ProbeWords words) {
    return probeWhere(h -> !TestPaths.isTestPath(h.path()), words);
  }

  /**
   * Like {@link #probe}, counting only files that also hold one of {@code companions}: a word that
   * means the practice only beside another ({@code JsonFormatter} in a file that configures a
   * logger).
   */
  public Finder probeBeside(ProbeWords words, ProbeWords companions) {
    Set<String> beside = new HashSet<>();
    for (String c : companions.words()) {
      ctx.probe(c).forEach(h -> beside.add(h.path()));
    }
    return probeWhere(h -> !TestPaths.isTestPath(h.path()) && beside.contains(h.path()), words);
  }

  /** Like {@link #probe}, in tests too: for practices that live in tests ({@code t.Parallel()}). */
  public Finder probeAnywhere(ProbeWords words) {
    return probeWhere(h -> true, words);
  }

  /**
   * Like {@link #probeAnywhere}, in code only: source in a measured language or a shell script. A
   * program that reads a file keeps it true; a data file that names it (a YAML label, a JSON list)
   * does nothing with it.
   */
  public Finder probeInCode(ProbeWords words) {
    return probeWhere(
        h -> {
          FileEntry f = ctx.facts().files().get(h.path());
          return f != null && (f.language() != null || SHELL.matcher(h.path()).find());
        },
        words);
  }

  private static final java.util.regex.Pattern SHELL =
      java.util.regex.Pattern.compile("(\\.(sh|bash|ps1)|(^|/)(Makefile|justfile|Justfile))$");

  private Finder probeWhere(Predicate<ProbeHit> counts, ProbeWords words) {
    for (String k : words.words()) {
      ctx.probe(k).stream()
          .filter(counts)
          .findFirst()
          .ifPresent(h -> evidence.add(h.location() + " (" + k.strip() + ")"));
    }
    return this;
  }

  /**
   * The commands of tools run as commands (RuboCop, Black, Prettier...) when they are all the
   * evidence there is, as dependencies only: no configuration file, no setting. Such a tool that
   * nothing runs is presence, not practice. Empty when anything else configures the tool, or when a
   * dependency is one the build or another tool runs by itself once referenced (Roslyn analyzer
   * packages, Error Prone, ESLint configs such as neostandard or @stylistic, Dart's lint sets).
   */
  private Optional<List<String>> declaredCommands() {
    List<String> out = new ArrayList<>();
    for (String e : evidence) {
      String name = declared.get(e);
      if (name == null || !COMMAND_TOOLS.contains(name)) {
        return Optional.empty();
      }
      String command = name.substring(name.lastIndexOf('/') + 1);
      out.add(command.equals("php_codesniffer") ? "phpcs|phpcbf" : command);
    }
    return Optional.of(out);
  }

  /** Tools run as commands, by dependency name; each runs as its name's last segment. */
  private static final Set<String> COMMAND_TOOLS =
      Set.of(
          "rubocop",
          "standard",
          "black",
          "ruff",
          "flake8",
          "pylint",
          "yapf",
          "autopep8",
          "prettier",
          "eslint",
          "@biomejs/biome",
          "oxlint",
          "xo",
          "ts-standard",
          "phpstan/phpstan",
          "vimeo/psalm",
          "friendsofphp/php-cs-fixer",
          "squizlabs/php_codesniffer",
          "laravel/pint",
          "credo",
          "csharpier");

  public Outcome result(String failReason) {
    return found() ? Outcome.pass(evidence()) : Outcome.fail(failReason);
  }

  /**
   * Like {@link #result} for a tool's configuration, noting whether the tool is wired into CI,
   * hooks or build scripts (strong evidence) or only configured (weaker evidence).
   */
  public Outcome wired(String toolRegex, String failReason) {
    if (!found()) {
      return Outcome.fail(failReason);
    }
    Finder wiring = new Finder(ctx).automation(toolRegex);
    Optional<List<String>> commands = declaredCommands();
    if (!wiring.found()
        && commands.isPresent()
        && !new Finder(ctx)
            .automation("\\b(" + String.join("|", commands.get()) + ")\\b")
            .found()) {
      return Outcome.fail(
          failReason
              + ": "
              + evidence.iterator().next()
              + " is declared, but nothing configures or runs it");
    }
    List<String> out = evidence();
    Optional<String> where = wiring.evidence().stream().findFirst();
    String note =
        where
            .map(w -> "wired: " + w)
            .orElse("configured, but not wired into CI, hooks or build scripts");
    out.add(Math.min(1, out.size()), note);
    return Outcome.pass(out);
  }
}
