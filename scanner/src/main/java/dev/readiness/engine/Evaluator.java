package dev.readiness.engine;

import dev.readiness.catalog.Scope;
import dev.readiness.facts.App;
import dev.readiness.facts.FileEntry;
import dev.readiness.facts.FileKind;
import dev.readiness.facts.RepositoryFacts;
import dev.readiness.facts.TestPaths;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.scoring.RubricEntry;
import dev.readiness.signals.Outcome;
import dev.readiness.signals.SignalContext;
import dev.readiness.signals.SignalEvaluator;
import dev.readiness.signals.Signals;
import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Evaluates a rubric over collected facts: catalog signals per scope, and custom rules. */
final class Evaluator {
  private Evaluator() {}

  static List<SignalResult> evaluate(
      RepositoryFacts facts, List<RubricEntry> rubric, EffectivePolicy policy) {
    Map<String, PolicySpec.CustomSignal> custom = new LinkedHashMap<>();
    policy.customSignals().forEach(c -> custom.put(c.id(), c));
    Map<String, Long> weights = weights(facts);
    return rubric.parallelStream()
        .map(
            e ->
                e.custom()
                    ? custom(facts, e, custom.get(e.id()))
                    : catalog(facts, e, policy, weights))
        .toList();
  }

  /**
   * Each app's own lines of text: source and build files under it that belong to no app nested in
   * it, leaving out tests, documentation, examples and fixtures, vendored and generated files, and
   * data (translations, tables, drawings): a package of 40 locale files is no code to weigh.
   */
  private static final java.util.Set<String> DATA =
      java.util.Set.of(
          "json", "csv", "tsv", "txt", "po", "pot", "xlf", "xliff", "arb", "strings", "svg",
          "geojson", "ndjson", "jsonl");

  static Map<String, Long> weights(RepositoryFacts facts) {
    Map<String, String> byPath = new java.util.HashMap<>();
    facts.apps().forEach(a -> byPath.put(a.path(), a.id()));
    Map<String, Long> out = new LinkedHashMap<>();
    for (FileEntry f : facts.files().all()) {
      if (f.kind() != FileKind.TEXT
          || f.vendored()
          || f.generated()
          || f.lines() < 0
          || TestPaths.isTestPath(f.path())
          || TestPaths.isDataPath(f.path())
          || TestPaths.isDocumentationPath(f.path())
          || DATA.contains(f.extension())) {
        continue;
      }
      String app = innermost(f.dir(), byPath);
      if (app != null) {
        out.merge(app, (long) f.lines(), Long::sum);
      }
    }
    return out;
  }

  private static String innermost(String dir, Map<String, String> byPath) {
    for (String d = dir; ; d = d.substring(0, Math.max(0, d.lastIndexOf('/')))) {
      String app = byPath.get(d);
      if (app != null || d.isEmpty()) {
        return app;
      }
    }
  }

  private static SignalResult catalog(
      RepositoryFacts facts, RubricEntry e, EffectivePolicy policy, Map<String, Long> weights) {
    SignalEvaluator evaluator =
        Signals.evaluator(e.id())
            .orElseThrow(
                () -> new IllegalStateException("no detector for catalog signal " + e.id()));
    if (e.scope() == Scope.REPO) {
      return result(
          e, safely(evaluator, SignalContext.repository(facts, evaluator.probes())), Map.of());
    }
    Map<String, Outcome> perApp = new LinkedHashMap<>();
    for (App app : facts.apps()) {
      perApp.put(app.id(), safely(evaluator, SignalContext.forApp(facts, app, evaluator.probes())));
    }
    Map<String, Status> statuses = new LinkedHashMap<>();
    perApp.forEach((id, o) -> statuses.put(id, o.status()));
    return result(e, AppAggregation.aggregate(perApp, weights, policy.appPassRate()), statuses);
  }

  /** A detector must never end a scan: an unexpected error makes the signal unknown. */
  private static Outcome safely(SignalEvaluator evaluator, SignalContext ctx) {
    try {
      return evaluator.evaluate(ctx);
    } catch (RuntimeException ex) {
      return Outcome.unknown("detector error: " + ex.getClass().getSimpleName());
    }
  }

  private static SignalResult result(RubricEntry e, Outcome o, Map<String, Status> apps) {
    return new SignalResult(
        e.id(),
        e.title(),
        e.pillar().id(),
        e.level(),
        e.points(),
        e.scope().id(),
        o.status(),
        o.evidence(),
        o.reason(),
        o.status() == Status.PASS ? "" : e.remediation(),
        e.processes(),
        apps);
  }

  private static SignalResult custom(
      RepositoryFacts facts, RubricEntry e, PolicySpec.CustomSignal c) {
    PolicySpec.Rule rule = c.rule();
    List<FileEntry> matches = new ArrayList<>();
    if (rule.pathExists() != null) {
      FileEntry f = facts.files().get(rule.pathExists());
      if (f != null) {
        matches.add(f);
      } else {
        matches.addAll(facts.files().under(rule.pathExists() + "/").stream().limit(1).toList());
      }
    } else {
      matches.addAll(facts.files().glob(rule.glob()));
    }
    Outcome o;
    if (matches.isEmpty()) {
      o =
          Outcome.fail(
              "no file matches " + (rule.pathExists() != null ? rule.pathExists() : rule.glob()));
    } else if (rule.contentRegex() == null) {
      o = Outcome.pass(matches.stream().limit(5).map(FileEntry::path).toList());
    } else {
      o = contentMatch(facts, matches, Pattern.compile(rule.contentRegex(), Pattern.MULTILINE));
    }
    return result(e, o, Map.of());
  }

  private static Outcome contentMatch(RepositoryFacts facts, List<FileEntry> files, Pattern regex) {
    for (FileEntry f : files) {
      String text = facts.text(f.path());
      if (text != null && regex.matcher(text).find()) {
        return Outcome.pass(f.path() + " matches " + regex.pattern());
      }
    }
    return Outcome.fail("no matching file's content matches " + regex.pattern());
  }
}
