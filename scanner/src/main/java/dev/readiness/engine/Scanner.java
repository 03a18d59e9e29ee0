package dev.readiness.engine;

import dev.readiness.catalog.Catalog;
import dev.readiness.facts.App;
import dev.readiness.facts.FactCollector;
import dev.readiness.facts.GitHistory;
import dev.readiness.facts.HistoryCollector;
import dev.readiness.facts.RepositoryFacts;
import dev.readiness.facts.ScanCounts;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.scoring.Rubric;
import dev.readiness.scoring.RubricEntry;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.signals.Signals;
import dev.readiness.signals.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Scans a checked-out tree: collect facts once, evaluate the rubric, score, report. */
public final class Scanner {
  private final Catalog catalog;
  private final Clock clock;

  public Scanner(Catalog catalog, Clock clock) {
    this.catalog = catalog;
    this.clock = clock;
  }

  /**
   * @param source how the repository is named in the report (sanitized URL or path)
   * @param ref the requested ref, or null
   */
  public Report scan(
      Path root, String source, String ref, EffectivePolicy policy, Consumer<String> progress) {
    long start = System.nanoTime();
    List<String> keep =
        policy.customSignals().stream()
            .map(PolicySpec.CustomSignal::rule)
            .map(r -> r.pathExists() != null ? r.pathExists() : r.glob())
            .toList();
    RepositoryFacts facts =
        FactCollector.collect(root, clock.instant(), Signals.probeWords(), progress, keep);
    progress.accept("evaluating " + catalog.signals().size() + " signals");
    List<RubricEntry> rubric = Rubric.of(catalog, policy);
    List<SignalResult> results = Evaluator.evaluate(facts, rubric, policy);
    Map<String, Status> outcomes = new LinkedHashMap<>();
    results.forEach(r -> outcomes.put(r.id(), r.status()));
    Score score = Scorer.score(rubric, outcomes, policy);
    String commit = facts.history().map(GitHistory::commit).orElse(null);
    return new Report(
        Report.SCHEMA_VERSION,
        catalog.version(),
        policy.hash(),
        new Report.RepositoryInfo(
            source, commit, facts.history().map(h -> h.commitTime().toString()).orElse(null), ref),
        new Report.ScoreSummary(
            score.points(),
            score.maxPoints(),
            score.level(),
            score.levelName(),
            score.levelPassRates(),
            score.nextLevel(),
            score.gates()),
        score.pillars(),
        processes(results),
        results,
        apps(facts, results),
        scanInfo(facts),
        history(facts),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static List<Report.ProcessArea> processes(List<SignalResult> results) {
    Map<String, List<SignalResult>> byArea = new TreeMap<>();
    for (SignalResult r : results) {
      r.processes().forEach(p -> byArea.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
    }
    List<Report.ProcessArea> out = new ArrayList<>();
    byArea.forEach(
        (area, rs) ->
            out.add(
                new Report.ProcessArea(
                    area,
                    (int) rs.stream().filter(r -> r.status() == Status.PASS).count(),
                    (int) rs.stream().filter(r -> r.status().applicable()).count(),
                    rs.stream().map(SignalResult::id).toList())));
    return out;
  }

  private static List<Report.AppInfo> apps(RepositoryFacts facts, List<SignalResult> results) {
    List<Report.AppInfo> out = new ArrayList<>();
    for (App a : facts.apps()) {
      Map<String, String> signals = new LinkedHashMap<>();
      for (SignalResult r : results) {
        Status s = r.apps().get(a.id());
        if (s != null) {
          signals.put(r.id(), s.id());
        }
      }
      out.add(
          new Report.AppInfo(
              a.id(),
              a.name(),
              a.manifests().isEmpty() ? null : a.manifests().get(0).path(),
              a.kind().id(),
              a.ecosystems().stream().map(e -> e.id()).sorted().toList(),
              new TreeSet<>(a.languages().stream().map(l -> l.id()).toList()).stream().toList(),
              signals));
    }
    return out;
  }

  private static Report.ScanInfo scanInfo(RepositoryFacts facts) {
    ScanCounts c = facts.counts();
    return new Report.ScanInfo(
        c.files(),
        c.analyzed(),
        c.binary(),
        c.oversize(),
        c.symlinks(),
        c.lfsPointers(),
        c.unreadable(),
        c.vendored(),
        c.generated(),
        List.copyOf(facts.submodules()),
        facts.secrets().size());
  }

  private static Report.HistoryInfo history(RepositoryFacts facts) {
    return facts
        .history()
        .map(
            h ->
                new Report.HistoryInfo(
                    HistoryCollector.DEFAULT_WINDOW_DAYS,
                    h.commitsInWindow(),
                    h.agentCommits(),
                    Math.round(h.agentShare() * 10000) / 10000.0,
                    List.copyOf(h.agents()),
                    h.shallow()))
        .orElse(null);
  }
}
