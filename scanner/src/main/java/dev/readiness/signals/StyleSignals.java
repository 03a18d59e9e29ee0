package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.Ecosystem;
import dev.readiness.metrics.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pillar 1: style and validation. */
final class StyleSignals {
  private static final String LINTERS =
      "eslint|ruff|flake8|pylint|golangci|checkstyle|pmd|spotbugs|clippy|rubocop|phpstan|phpcs"
          + "|clang-tidy|ktlint|detekt|error_?prone|biome|staticcheck|oxlint|analyzers|shellcheck"
          + "|go vet|golint|revive|swiftlint|credo|dart analyze|flutter analyze|psalm|scalafix"
          + "|standardrb";
  private static final String FORMATTERS =
      "prettier|black|ruff format|gofmt|goimports|gofumpt|rustfmt|cargo fmt|spotless|clang-format"
          + "|dotnet[- ]format|csharpier|ktlint|ktfmt|rubocop|php-cs-fixer|biome|fmt-maven|yapf|autopep8"
          + "|shfmt|ruff-format|mix format|dart format|flutter format|swiftformat|swift-format"
          + "|scalafmt|google-java-format|palantir|spring-javaformat|pint|terraform fmt|phpcbf|phpcs";

  private StyleSignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("lint_config", StyleSignals::lintConfigSignal);
    m.put("type_check", StyleSignals::typeCheckSignal);
    m.put("formatter", StyleSignals::formatterSignal);
    m.put("pre_commit_hooks", StyleSignals::preCommitHooks);
    m.put("strict_typing", probing(StrictTyping::evaluate, StrictTyping.SORBET_STRICT));
    m.put("naming_consistency", StyleSignals::naming);
  }

  private static Outcome lintConfigSignal(SignalContext ctx) {
    return UnsupportedLanguage.unlessUnsupported(ctx, lintConfig(ctx));
  }

  private static Outcome typeCheckSignal(SignalContext ctx) {
    return UnsupportedLanguage.unlessUnsupported(ctx, typeCheck(ctx));
  }

  private static Outcome formatterSignal(SignalContext ctx) {
    return UnsupportedLanguage.unlessUnsupported(ctx, formatter(ctx));
  }

  /** Linter configuration files, in every ecosystem the catalog names. */
  private static final String[] LINT_CONFIG_FILES = {
    "**/.eslintrc*",
    "**/eslint.config.*",
    "**/.golangci.{yml,yaml,toml,json}",
    "**/checkstyle*.xml",
    "**/.rubocop.yml",
    "**/phpstan.neon*",
    "**/phpcs.xml*",
    "**/.phpcs.xml*",
    "**/.clang-tidy",
    "**/clippy.toml",
    "**/.clippy.toml",
    "**/detekt*.yml",
    "**/.flake8",
    "**/.pylintrc",
    "**/pylintrc",
    "**/ruff.toml",
    "**/.ruff.toml",
    "**/sonar-project.properties",
    "**/biome.json",
    "**/biome.jsonc",
    "**/pmd*.xml",
    "**/*ruleset*.xml",
    "**/.oxlintrc.json",
    "**/.shellcheckrc",
    "**/analysis_options.yaml",
    "**/.swiftlint.yml",
    "**/.swiftlint.yaml",
    "**/.credo.exs",
    "**/.scalafix.conf",
    "**/scalastyle-config.xml",
    "**/psalm.xml",
    "**/.tflint.hcl"
  };

  private static Outcome lintConfig(SignalContext ctx) {
    Finder f =
        ctx.find()
            .files(LINT_CONFIG_FILES)
            .section(
                "tool\\.(ruff|pylint|flake8)|eslintConfig|flake8|pylint.*|lints|lints\\.(rust|clippy)")
            .plugin(".*(checkstyle|pmd|spotbugs|errorprone|error-prone|detekt|ktlint|sonar).*")
            .add(conventionPlugin(ctx, "checkstyle|pmd|spotbugs|errorprone|detekt|ktlint|sonar"))
            .dependency(
                "eslint|@biomejs/biome|oxlint|ruff|flake8|pylint|rubocop|phpstan/phpstan"
                    + "|squizlabs/php_codesniffer|.*error_prone.*|com\\.puppycrawl.*|.*\\.analyzers"
                    + "|stylecop\\..*|.*ktlint.*|standard|xo|sonaranalyzer.*|credo|vimeo/psalm"
                    + "|flutter_lints|lints|very_good_analysis")
            // the SDK's analyzers run in every build; warnings as errors makes them a gate
            .section("prop:(EnableNETAnalyzers|AnalysisLevel|AnalysisMode)=.*")
            .section("(?i)prop:(TreatWarningsAsErrors|CodeAnalysisTreatWarningsAsErrors)=true");
    // linters that ship with the toolchain count where they are run: CI, hooks, task runners
    if (ctx.has(Ecosystem.CARGO)) {
      f.automation("cargo clippy|clippy-driver");
    }
    if (ctx.has(Ecosystem.GO)) {
      f.automation("golangci-lint|staticcheck|go vet");
    }
    if (ctx.has(Ecosystem.PYTHON)) {
      f.contains(".pre-commit-config.yaml", "id:\\s*(ruff|flake8|pylint)\\b")
          .automation("ruff check|\\bflake8\\b|\\bpylint\\b");
    }
    if (ctx.has(Ecosystem.NPM)) {
      f.automation("\\beslint\\b|biome (lint|check)|oxlint");
    }
    f.automation("swiftlint|swift[- ]?format lint|mix credo|dart analyze|flutter analyze|tflint")
        .contains("{melos.yaml,pubspec.yaml}", "dart analyze|flutter analyze")
        // ktlint lints as well as formats, also when Spotless runs it
        .contains("**/*.gradle{,.kts}", "\\bktlint\\s*\\(");
    dotnetAnalyzers(ctx, f);
    if (hasShellScripts(ctx)) {
      f.automation("shellcheck");
    }
    return f.wired(LINTERS, "no linter configuration found");
  }

  /** The .NET analyzers: packages and settings in imported MSBuild files, enforced style rules. */
  private static void dotnetAnalyzers(SignalContext ctx, Finder f) {
    if (!ctx.has(Ecosystem.DOTNET)) {
      return;
    }
    // MSBuild files imported by every project (Directory.Build.props, eng/*.targets)
    f.containsAnywhere(
            "**/*.{props,targets}",
            "StyleCop\\.Analyzers|Roslynator|SonarAnalyzer|Meziantou\\.Analyzer"
                + "|<EnableNETAnalyzers>\\s*true|<AnalysisLevel>|<AnalysisMode>"
                + "|(?i)<(CodeAnalysis)?TreatWarningsAsErrors>\\s*true")
        .containsAnywhere("**/.editorconfig", "dotnet_diagnostic\\.\\w+\\.severity");
    // code-style rules given a severity configure the IDE analyzers; they gate only where the
    // build (EnforceCodeStyleInBuild) or a dotnet format run enforces them
    if (ctx.find()
        .automation("dotnet[- ]format")
        .containsAnywhere("**/*.{props,targets,csproj}", "<EnforceCodeStyleInBuild>\\s*true")
        .found()) {
      f.containsAnywhere(
          "**/.editorconfig",
          "(?m)^\\s*(dotnet|csharp)_style_\\w+\\s*=\\s*[\\w.]+\\s*:\\s*(warning|error)");
    }
  }

  /**
   * A plugin applied by a Gradle convention plugin (a precompiled script in {@code buildSrc/} or
   * {@code build-logic/}), which every project that uses the convention applies: "path:line", or
   * null when there is none or the app is not built by Gradle.
   */
  private static String conventionPlugin(SignalContext ctx, String plugin) {
    if (!ctx.has(Ecosystem.GRADLE)) {
      return null;
    }
    List<String> hits =
        ctx.facts()
            .searchAll(
                "{buildSrc,build-logic,gradle/build-logic}/**/*.gradle{,.kts}",
                Finder.re("(?m)^\\s*(id|plugin)\\s*\\(?\\s*[\"'][^\"'\\n]*(" + plugin + ")"));
    return hits.isEmpty() ? null : "convention plugin " + hits.get(0);
  }

  private static Finder dialyzer(Finder f) {
    return f.dependency("dialyxir|gradient")
        .contains("**/mix.exs", ":dialyxir|:gradient|dialyzer:")
        .automation("mix dialyzer");
  }

  private static Outcome typeCheck(SignalContext ctx) {
    Set<Language> langs = ctx.languages();
    Finder f = ctx.find();
    staticallyTypedWithoutParser(ctx, f);
    if (langs.isEmpty()) {
      if (f.found()) {
        return f.result("");
      }
      if (ctx.exists("**/*.tf")) {
        return Outcome.fail("Terraform without terraform validate in CI, hooks or task runners");
      }
      if (ctx.exists("**/mix.exs")) {
        return dialyzer(f).result("Elixir without Dialyzer or another type checker");
      }
      return Outcome.skip("no source code in a measured language");
    }
    if (ctx.exists("mix.exs")) {
      dialyzer(f); // an Elixir project whose JavaScript assets are measured
    }
    for (Language l : langs) {
      if (l.staticallyTyped()) {
        f.add("statically typed language: " + l.id());
      }
    }
    f.files(
            "**/tsconfig*.json",
            "**/jsconfig.json",
            "**/mypy.ini",
            "**/.mypy.ini",
            "**/pyrightconfig.json",
            "**/Steepfile",
            "**/sorbet/config",
            "**/phpstan.neon*",
            "**/psalm.xml")
        .section("tool\\.(mypy|pyright|pytype)|mypy.*")
        .dependency(
            "typescript|mypy|pyright|sorbet|sorbet-runtime|steep|phpstan/phpstan"
                + "|vimeo/psalm|flow-bin");
    return f.result("no static typing and no type checker configured");
  }

  private static Outcome formatter(SignalContext ctx) {
    Finder f = ctx.find();
    if (hasShellScripts(ctx)) {
      f.automation("shfmt");
    }
    formatterRuns(ctx, f);
    return f.files(
            "**/.prettierrc*",
            "**/prettier.config.*",
            "**/.clang-format",
            "**/rustfmt.toml",
            "**/.rustfmt.toml",
            "**/.php-cs-fixer*",
            "**/.scalafmt.conf",
            "**/.csharpierrc*",
            "**/biome.json",
            "**/.rubocop.yml",
            "**/.standard.yml",
            "**/.formatter.exs",
            "**/.swift-format",
            "**/.swiftformat",
            "**/pint.json",
            "**/.styleci.yml",
            "**/.jvmopts-scalafmt")
        .section("tool\\.(black|ruff\\.format|yapf|autopep8)|prettier")
        .plugin(
            ".*(spotless|fmt-maven|ktlint|ktfmt|formatter-maven|spring-javaformat"
                + "|googleformatter|palantir-java-format|google-java-format).*")
        .add(conventionPlugin(ctx, "spotless|ktlint|ktfmt|spring-javaformat|javaformat"))
        .dependency(
            "prettier|black|@biomejs/biome|friendsofphp/php-cs-fixer|rubocop|standard"
                + "|.*ktlint.*|csharpier|yapf|autopep8|laravel/pint|.*spotless.*|neostandard"
                + "|ts-standard|@stylistic/eslint-plugin.*|eslint-plugin-prettier"
                + "|squizlabs/php_codesniffer")
        .wired(FORMATTERS, "no formatter configured (.editorconfig alone does not count)");
  }

  /**
   * A formatter run where tools run (CI, hooks, task runners, pre-commit hook ids), credited only
   * to apps of its own ecosystem: a Prettier step for the docs site formats no Go module.
   */
  private static void formatterRuns(SignalContext ctx, Finder f) {
    if (ctx.has(Ecosystem.GO)) {
      f.automation("gofmt|goimports|gofumpt|go fmt|golangci-lint fmt")
          .contains(".pre-commit-config.yaml", "id:\\s*(go-?fmt|goimports|gofumpt)\\b")
          .contains(
              "**/.golangci.{yml,yaml,toml}",
              "(?m)^\\s*-?\\s*(gofmt|goimports|gofumpt|gci)\\s*$|^formatters:");
    }
    if (ctx.has(Ecosystem.CARGO)) {
      f.automation("cargo fmt|rustfmt")
          .contains(".pre-commit-config.yaml", "id:\\s*(fmt|rustfmt|cargo-fmt)\\b");
    }
    if (ctx.has(Ecosystem.PYTHON)) {
      f.automation("ruff format|\\bblack\\b")
          .contains(".pre-commit-config.yaml", "id:\\s*(ruff-format|black)\\b");
    }
    if (ctx.has(Ecosystem.NPM)) {
      f.automation("\\bprettier\\b|biome (format|check)")
          .contains(".pre-commit-config.yaml", "id:\\s*prettier\\b");
    }
    if (ctx.has(Ecosystem.DOTNET)) {
      f.automation("dotnet[- ]format|csharpier")
          .containsAnywhere("**/*.{props,targets,csproj}", "<EnforceCodeStyleInBuild>\\s*true");
    }
    if (ctx.has(Ecosystem.CMAKE) || ctx.exists("**/*.{c,cc,cpp,h,hpp}")) {
      f.automation("clang-format");
    }
    // ecosystems without a manifest parser here: their own tools are unambiguous
    f.automation(
            "mix format|dart format|flutter format|swiftformat|swift-?format|scalafmt"
                + "|terraform fmt")
        .contains("{melos.yaml,pubspec.yaml}", "dart format|flutter format");
  }

  /**
   * Statically typed languages this scanner does not measure, recognised by their build files: Dart
   * (pubspec.yaml), Swift (Package.swift or Xcode projects), Scala (build.sbt).
   */
  private static void staticallyTypedWithoutParser(SignalContext ctx, Finder f) {
    if (ctx.exists("**/pubspec.yaml") && ctx.exists("**/*.dart")) {
      f.add("statically typed language: dart (pubspec.yaml)");
    }
    if ((ctx.exists("**/Package.swift") || ctx.exists("**/*.xcodeproj/project.pbxproj"))
        && ctx.exists("**/*.swift")) {
      f.add("statically typed language: swift");
    }
    if (ctx.exists("**/build.sbt") && ctx.exists("**/*.scala")) {
      f.add("statically typed language: scala (build.sbt)");
    }
    if (ctx.exists("**/*.tf")) {
      // Terraform's variables and resources are typed; validate and plan check them
      f.automation("terraform validate|terraform plan|tofu validate|terragrunt validate");
    }
  }

  /** Shell tools count only where there is shell: deploy scripts do not lint a Java app. */
  private static boolean hasShellScripts(SignalContext ctx) {
    return ctx.exists("**/*.{sh,bash,bats}");
  }

  private static Outcome preCommitHooks(SignalContext ctx) {
    Finder f =
        ctx.find()
            .files(
                ".pre-commit-config.yaml",
                ".husky/*",
                "lefthook.{yml,yaml}",
                ".lefthook.{yml,yaml}",
                "**/.lintstagedrc*",
                "**/lint-staged.config.*",
                ".overcommit.yml")
            .section("husky|lint-staged|simple-git-hooks")
            .dependency(
                "husky|lint-staged|lefthook|@evilmartians/lefthook|pre-commit|simple-git-hooks"
                    + "|cargo-husky|captainhook/captainhook")
            .plugin(".*(git-?hook|githook|gitbuildhook).*");
    if (ctx.exists(".githooks/*")) {
      f.automation("core\\.hooksPath").contains("**/*.md", "core\\.hooksPath");
    }
    // Nix flakes declare hooks with git-hooks.nix (formerly pre-commit-hooks.nix)
    f.contains("flake.nix", "git-hooks\\.nix|pre-commit-hooks\\.nix|pre-commit-hooks");
    return f.result("no pre-commit hooks (pre-commit, Husky, lefthook, wired .githooks)");
  }

  private static Outcome naming(SignalContext ctx) {
    return ctx.find()
        .contains("**/.eslintrc*", "naming-convention|\"camelcase\"|camelcase:|id-match")
        .contains("**/eslint.config.*", "naming-convention|camelcase|id-match")
        .contains("**/checkstyle*.xml", "MethodName|TypeName|MemberName|LocalVariableName")
        .automation("google_checks\\.xml|sun_checks\\.xml")
        .contains("**/*.xml", "NamingConventions")
        .contains("**/{ruff.toml,.ruff.toml,pyproject.toml}", "select\\s*=\\s*\\[[^\\]]*\"N\"")
        .dependency("pep8-naming|flake8-naming")
        .files("**/revive.toml", "**/.rubocop.yml", "**/detekt*.yml")
        .contains("**/.golangci.{yml,yaml,toml}", "revive|stylecheck")
        .contains("**/.editorconfig", "dotnet_naming_rule")
        .contains(
            "{AGENTS.md,CONTRIBUTING.md,CLAUDE.md,docs/CONTRIBUTING.md}",
            "(?i)naming (convention|rule)|\\bnames? (of|for) (classes|functions|files|variables)")
        .result("no naming rules enforced by a linter or documented for agents");
  }
}
