package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.App;
import dev.readiness.facts.GitHistory;
import dev.readiness.facts.ProbeWords;
import java.util.Map;
import java.util.Optional;

/** Build pillar, delivery rows: releases, rollouts, rollback, flags, CI speed, frequency. */
final class DeliverySignals {
  private static final int RELEASES_PER_90_DAYS = 26;

  private DeliverySignals() {}

  private static final ProbeWords FLAG_CLIENTS =
      ProbeWords.of(
          "LaunchDarkly",
          "OpenFeature",
          "openfeature",
          "Unleash",
          "Flagsmith",
          "GrowthBook",
          "Statsig");

  static void register(Map<String, SignalEvaluator> m) {
    m.put("release_automation", DeliverySignals::releaseAutomation);
    m.put("release_notes_automation", DeliverySignals::releaseNotes);
    m.put("feature_flag_infrastructure", probing(DeliverySignals::featureFlags, FLAG_CLIENTS));
    m.put("progressive_rollout", DeliverySignals::progressiveRollout);
    m.put("rollback_automation", DeliverySignals::rollback);
    m.put(
        "fast_ci_feedback",
        SignalEvaluator.undecidable(
            "CI run durations need forge API access; the repository does not record them"));
    m.put("deployment_frequency", DeliverySignals::deploymentFrequency);
  }

  static boolean deploysAnything(SignalContext ctx) {
    // a Dockerfile makes its app a service unless it only packages a CLI (AppKinds)
    return ctx.facts().apps().stream().map(App::kind).anyMatch(k -> k.isDeployed())
        || ctx.exists("**/Chart.yaml")
        || ctx.exists("**/kustomization.{yml,yaml}");
  }

  private static Outcome releaseAutomation(SignalContext ctx) {
    return ctx.find()
        .files(
            ".goreleaser.{yml,yaml}",
            ".releaserc*",
            "release.config.*",
            "release-please-config.json",
            ".release-please-manifest.json",
            "jreleaser.yml",
            ".github/workflows/release*.{yml,yaml}",
            ".github/workflows/deploy*.{yml,yaml}",
            ".github/workflows/publish*.{yml,yaml}")
        .dependency("semantic-release|release-it|@changesets/cli")
        .ci(
            "semantic-release|release-please|goreleaser|changesets/action|docker/build-push-action"
                + "|docker push|helm push|npm publish|twine upload|pypa/gh-action-pypi-publish"
                + "|cargo publish|mvnw? [^\\n]{0,200}deploy|gradlew? [^\\n]{0,200}publish|gh release create"
                + "|action-gh-release|jreleaser|ko build|argocd app sync|flux reconcile|\\bdeploy\\b")
        .files("**/argocd/**/*.yaml", "**/flux-system/**")
        .result("releases and deploys are not automated");
  }

  private static Outcome releaseNotes(SignalContext ctx) {
    return ctx.find()
        .files(
            ".github/release-drafter.yml",
            ".changeset/config.json",
            "cliff.toml",
            ".versionrc*",
            "release-please-config.json",
            ".github/release.yml",
            "towncrier.toml")
        .dependency(
            "@changesets/cli|conventional-changelog.*|standard-version|release-it|towncrier"
                + "|git-cliff")
        .contains(".goreleaser.{yml,yaml}", "^changelog:")
        .ci(
            "release-drafter|git-cliff|changesets|conventional-changelog|generate_release_notes"
                + "|--generate-notes|release-please|towncrier|semantic-release")
        .result("release notes are written by hand");
  }

  private static Outcome featureFlags(SignalContext ctx) {
    return ctx.find()
        .dependency(
            ".*(launchdarkly|unleash|flagsmith|growthbook|openfeature|statsig|flipper"
                + "|configcat|ff4j|togglz|flagd).*")
        .probe(FLAG_CLIENTS)
        // a flags module is a file or folder named for it: the word alone is also a bit set of
        // options (Jackson's _featureFlags), so it is no evidence in code
        .ownFiles(
            "**/*feature-flag*",
            "**/*feature_flag*",
            "**/*featureflag*",
            "**/*feature-flag*/**",
            "**/*feature_flag*/**",
            "**/*featureflag*/**",
            "**/flags.{yml,yaml,json}")
        .result("no feature flag system in use");
  }

  private static Outcome progressiveRollout(SignalContext ctx) {
    if (!deploysAnything(ctx)) {
      return Outcome.skip("libraries and CLIs only: nothing is rolled out");
    }
    return ctx.find()
        .contains("**/*.{yml,yaml}", "kind:\\s*(Rollout|Canary)\\b|flagger|setWeight:|canary:")
        .ci("canary|traffic-split|--percentage|blue.?green|gradual rollout")
        .result("no canary or percentage rollout configured");
  }

  private static Outcome rollback(SignalContext ctx) {
    if (!deploysAnything(ctx)) {
      return Outcome.skip("libraries and CLIs only: nothing is deployed to roll back");
    }
    return ctx.find()
        .contains("**/*.{yml,yaml}", "autoRollback|rollbackWindow|abortScaleDownDelaySeconds")
        .automation("helm rollback|kubectl rollout undo|argocd app rollback|--atomic|rollback")
        .contains("**/*.md", "(?im)^#+.*roll ?back")
        .result("no automated or documented one-step rollback");
  }

  private static Outcome deploymentFrequency(SignalContext ctx) {
    Optional<GitHistory> h = ctx.facts().history();
    if (h.isEmpty()) {
      return Outcome.unknown("not a git repository: release history unavailable");
    }
    int recent = h.get().releaseTags().size();
    if (h.get().totalTags() == 0) {
      return Outcome.unknown(
          "no release tags to judge deployment frequency from; forge API data needed");
    }
    String fact = recent + " release tags in the last 90 days";
    return recent >= RELEASES_PER_90_DAYS
        ? Outcome.pass(fact)
        : Outcome.fail("fewer than 2 releases a week: " + fact);
  }
}
