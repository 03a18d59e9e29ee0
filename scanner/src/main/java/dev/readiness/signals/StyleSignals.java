package dev.readiness.signals;

import dev.readiness.facts.Ecosystem;
import dev.readiness.metrics.Language;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Pillar 1: style and validation. */
final class StyleSignals {
  static final Set<Language> STATIC =
      EnumSet.of(
          Language.JAVA,
          Language.KOTLIN,
          Language.GO,
          Language.RUST,
          Language.C,
          Language.CPP,
          Language.CSHARP,
          Language.TYPESCRIPT);
  private static final String LINTERS =
      "eslint|ruff|flake8|pylint|golangci|checkstyle|pmd|spotbugs|clippy|rubocop|phpstan|phpcs"
          + "|clang-tidy|ktlint|detekt|error_?prone|biome|staticcheck|oxlint|analyzers|shellcheck"
          + "|go vet|golint|revive";
  private static final String FORMATTERS =
      "prettier|black|ruff format|gofmt|goimports|gofumpt|rustfmt|cargo fmt|spotless|clang-format"
          + "|dotnet format|csharpier|ktlint|ktfmt|rubocop|php-cs-fixer|biome|fmt-maven|yapf|autopep8"
          + "|shfmt";

  private StyleSignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("lint_config", StyleSignals::lintConfig);
    m.put("type_check", StyleSignals::typeCheck);
    m.put("formatter", StyleSignals::formatter);
    m.put("pre_commit_hooks", StyleSignals::preCommitHooks);
    m.put("strict_typing", StrictTyping::evaluate);
    m.put("naming_consistency", StyleSignals::naming);
  }

  private static Outcome lintConfig(SignalContext ctx) {
    Finder f =
        ctx.find()
            .files(
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
                "**/.shellcheckrc")
            .section(
                "tool\\.(ruff|pylint|flake8)|eslintConfig|flake8|pylint.*|lints|lints\\.(rust|clippy)")
            .plugin(".*(checkstyle|pmd|spotbugs|errorprone|error-prone|detekt|ktlint).*")
            .dependency(
                "eslint|@biomejs/biome|oxlint|ruff|flake8|pylint|rubocop|phpstan/phpstan"
                    + "|squizlabs/php_codesniffer|.*error_prone.*|com\\.puppycrawl.*|.*\\.analyzers"
                    + "|stylecop\\..*|.*ktlint.*|standard|xo|sonaranalyzer.*")
            .section("prop:(EnableNETAnalyzers|AnalysisLevel|AnalysisMode)=.*");
    if (ctx.has(Ecosystem.CARGO)) {
      f.ci("cargo clippy");
    }
    if (ctx.has(Ecosystem.GO)) {
      f.ci("golangci-lint|staticcheck|go vet");
    }
    if (hasShellScripts(ctx)) {
      f.automation("shellcheck");
    }
    return f.wired(LINTERS, "no linter configuration found");
  }

  private static Outcome typeCheck(SignalContext ctx) {
    Set<Language> langs = ctx.languages();
    if (langs.isEmpty()) {
      return Outcome.skip("no source code in a measured language");
    }
    Finder f = ctx.find();
    for (Language l : langs) {
      if (STATIC.contains(l)) {
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
            "**/.standard.yml")
        .section("tool\\.(black|ruff\\.format|yapf|autopep8)|prettier")
        .plugin(".*(spotless|fmt-maven|ktlint|ktfmt|formatter-maven).*")
        .dependency(
            "prettier|black|@biomejs/biome|friendsofphp/php-cs-fixer|rubocop|standard"
                + "|.*ktlint.*|csharpier|yapf|autopep8")
        .automation("gofmt|goimports|gofumpt|cargo fmt|dotnet format|ruff format|clang-format")
        .wired(FORMATTERS, "no formatter configured (.editorconfig alone does not count)");
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
