package dev.readiness.signals;

import dev.readiness.facts.App;
import dev.readiness.facts.Ecosystem;
import dev.readiness.facts.FileEntry;
import dev.readiness.facts.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pillar 2: build system (the delivery and autonomy rows live in their own classes). */
final class BuildSignals {
  private static final String BUILD_OR_TEST =
      "\\b(mvn|mvnw|gradle|gradlew|npm|yarn|pnpm|bun|go (build|test|vet)|cargo|pytest|tox|nox"
          + "|make|dotnet|bundle exec|rake|rspec|composer|phpunit|cmake|ctest|bazel|pants|uv|poetry"
          + "|hatch|just|sbt|swift (build|test)|mix|pip install|python -m)\\b";

  /**
   * A command that builds, installs or tests the project: for interpreted languages "the build" is
   * installing and running the tests, and an agent needs either to check its change.
   */
  static final String BUILD_COMMAND =
      "(\\bmvn\\b|mvnw|gradlew?\\b|npm (run |install|ci|test)|yarn|pnpm|go (build|test|run|install \\.)"
          + "|cargo (build|test|run|nextest|install --path)|\\bmake\\b|cmake|meson|ninja|dotnet (build|test|run"
          + "|restore)|pip install|poetry install|uv (sync|build|pip|run)|bundle (install|exec)"
          + "|composer (install|test|run)|python -m (build|pytest)|\\bpytest\\b|bazel (build|test)"
          + "|\\bjust\\b|\\btask\\b|bin/\\S+|scripts/\\S+|\\./\\S+\\.(sh|ps1)\\b|tox|nox|\\brake\\b"
          + "|\\b[\\w-]*(build|test)[\\w-]*\\.(sh|ps1|cmd|bat)\\b"
          + "|mix (deps\\.get|test|compile|setup|phx\\.server)|flutter (pub get|run|build|test)"
          + "|dart (pub get|run|test)|\\bmelos\\b|swift (build|test|run)|xcodebuild|\\bsbt\\b|ctest"
          + "|nix (build|develop)|zig build|rebar3|terraform (init|plan|apply|validate)"
          + "|helm (install|upgrade|template|lint))";

  private BuildSignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("ci_pipeline", BuildSignals::ciPipeline);
    m.put("build_cmd_doc", BuildSignals::buildCmdDoc);
    m.put("deps_pinned", DependencyPinning::evaluate);
    m.put("monorepo_tooling", BuildSignals::monorepoTooling);
    m.put("automated_pr_review", BuildSignals::automatedPrReview);
    m.put("single_command_setup", BuildSignals::singleCommandSetup);
    m.put("unused_dependencies_detection", BuildSignals::unusedDependencies);
    m.put("version_drift_detection", BuildSignals::versionDrift);
    m.put("build_performance_tracking", BuildSignals::buildPerformance);
  }

  static List<FileEntry> ciFiles(SignalContext ctx) {
    List<FileEntry> out = new ArrayList<>();
    for (String glob : Finder.CI_GLOBS) {
      out.addAll(ctx.facts().files().glob(glob));
    }
    return out;
  }

  private static Outcome ciPipeline(SignalContext ctx) {
    List<FileEntry> ci = ciFiles(ctx);
    if (ci.isEmpty()) {
      return Outcome.fail("no CI configuration found");
    }
    Finder f = ctx.find().ci(BUILD_OR_TEST);
    if (!f.found()) {
      return Outcome.fail(
          "CI configuration found but it runs no build or test command", List.of(ci.get(0).path()));
    }
    return f.result("");
  }

  private static Outcome buildCmdDoc(SignalContext ctx) {
    Optional<String> where = Docs.command(ctx, Finder.re(BUILD_COMMAND));
    return where
        .map(w -> Outcome.pass("build command documented at " + w))
        .orElse(
            Outcome.fail("no build command in a code block of README, AGENTS.md or CONTRIBUTING"));
  }

  private static Outcome monorepoTooling(SignalContext ctx) {
    List<App> apps = ctx.facts().apps();
    if (apps.size() <= 1) {
      return Outcome.skip("one application: no workspace needed");
    }
    Finder f =
        ctx.find()
            .files(
                "pnpm-workspace.yaml",
                "lerna.json",
                "nx.json",
                "turbo.json",
                "rush.json",
                "WORKSPACE",
                "WORKSPACE.bazel",
                "MODULE.bazel",
                "pants.toml",
                "*.sln",
                "go.work");
    for (Manifest m : ctx.facts().manifests()) {
      if (m.isWorkspaceRoot() && !m.members().isEmpty()) {
        f.add(m.path() + " declares " + m.members().size() + " members");
      }
    }
    return f.result(apps.size() + " apps but no workspace tooling binds them");
  }

  private static Outcome automatedPrReview(SignalContext ctx) {
    return ctx.find()
        .files(
            "Dangerfile*",
            "dangerfile.{js,ts}",
            ".coderabbit.{yml,yaml}",
            ".pr_agent.toml",
            ".sourcery.yaml",
            ".github/reviewdog.yml",
            ".gemini/config.yaml")
        .ci(
            "reviewdog|danger(js)?\\b|coderabbit|pr-agent|qodo|claude-code-action|claude-code-review"
                + "|codex[^\\n]{0,200}review|ai-review|sonarcloud-github-action|sonarqube-scan-action"
                + "|gemini-code-assist|ellipsis|review-bot|copilot[^\\n]{0,200}review")
        .result("no bot or workflow reviews pull requests");
  }

  private static Outcome singleCommandSetup(SignalContext ctx) {
    String setup =
        "((?<!sudo )make (dev|setup|bootstrap|run|start|install|all)\\b|(npm|yarn|pnpm|bun) (install|i|ci)"
            + "[^\\n]{0,200}&&[^\\n]{0,200}(dev|start|build)|(npm run|yarn|pnpm|bun run) (dev|start|setup)\\b"
            + "|mvnw?[^\\n]{0,200}(:run|install|verify|package)|gradlew (bootRun|run|build)"
            + "|docker[ -]compose up|just (dev|setup|run)|task (dev|setup)|bin/setup"
            + "|script/(bootstrap|setup)|scripts?/(setup|bootstrap)|devbox (shell|run)|nix develop"
            + "|cargo (run|build)|go run|uv run|uv sync|poetry install|tilt up|skaffold dev"
            + "|dotnet run|bin/\\S+ \\S+|pip install -e)";
    return Docs.command(ctx, Finder.re(setup))
        .map(w -> Outcome.pass("one-step setup documented at " + w))
        .orElse(
            Outcome.fail("no single command from a fresh clone to a running build is documented"));
  }

  private static Outcome unusedDependencies(SignalContext ctx) {
    return ctx.find()
        .dependency(
            "depcheck|knip|deptry|cargo-udeps|cargo-machete|cargo-shear|composer-unused"
                + "|icanhazstring/composer-unused")
        .files("**/knip.json", "**/.knip.json*", "**/knip.config.*", "**/.depcheckrc*")
        .plugin(".*dependency-analysis.*")
        .contains("**/pom.xml", "<goal>analyze(-only|-report)?</goal>")
        .automation(
            "depcheck|knip|deptry|cargo[ -]udeps|cargo[ -]machete|cargo shear"
                + "|go mod tidy|dependency:analyze|unused-deps|composer-unused|buildHealth")
        .result("unused dependencies are not detected");
  }

  private static Outcome versionDrift(SignalContext ctx) {
    if (ctx.facts().apps().size() <= 1) {
      return Outcome.skip("one application: versions cannot drift between apps");
    }
    return ctx.find()
        .section("dependencyManagement|bom-import")
        .files(
            "gradle/libs.versions.toml",
            "**/.syncpackrc*",
            "syncpack.config.*",
            "Directory.Packages.props")
        .dependency("syncpack|@manypkg/cli|manypkg")
        .contains("Cargo.toml", "\\[workspace\\.dependencies\\]")
        .contains("pnpm-workspace.yaml", "^catalogs?:")
        .contains("{renovate.json,renovate.json5,.github/renovate.json,.renovaterc*}", "groupName")
        .result("no central version management across apps (BOM, version catalog, syncpack)");
  }

  private static Outcome buildPerformance(SignalContext ctx) {
    Finder f =
        ctx.find()
            .contains("**/gradle.properties", "org\\.gradle\\.caching\\s*=\\s*true")
            .contains("settings.gradle*", "buildCache|develocity|gradle\\.enterprise|build-scan")
            .files("turbo.json", "nx.json")
            .contains(".bazelrc", "remote_cache|disk_cache")
            .automation("ccache|sccache")
            .ci(
                "actions/cache|cache:\\s*['\"]?(npm|yarn|pnpm|pip|pipenv|poetry|gradle|maven|sbt)\\b"
                    + "|setup-gradle|gradle-build-action|rust-cache|--build-cache|--scan|restore_cache"
                    + "|save_cache|cache-dependency-path");
    if (ctx.has(Ecosystem.GO)) {
      f.ci("setup-go@v[4-9]"); // caches the module and build cache by default
    }
    return f.result("no build cache or build timing configured");
  }
}
