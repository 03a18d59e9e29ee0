package dev.readiness.operator.assessment;

import dev.readiness.catalog.Catalog;
import dev.readiness.operator.api.AppTally;
import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.result.ScanResult;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.Rubric;
import dev.readiness.scoring.RubricEntry;
import dev.readiness.scoring.Score;
import dev.readiness.scoring.Scorer;
import dev.readiness.signals.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores stored signal outcomes under a policy: the same scorer as the CLI, fed from status, so a
 * policy change re-scores without a scan.
 */
public final class AssessmentScoring {
  static final int TOP_FAILING = 5;

  private AssessmentScoring() {}

  /** The outcomes and the score under {@code policy}. */
  public record Scored(Map<String, Status> outcomes, List<RubricEntry> rubric, Score score) {}

  public static Scored score(
      Map<String, Status> signals, Map<String, AppTally> tallies, EffectivePolicy policy) {
    Map<String, Status> raw = new TreeMap<>();
    signals.forEach((id, s) -> raw.put(id, s == null ? Status.UNKNOWN : s)); // a hand edit
    Map<String, ScanResult.AppTally> t = new TreeMap<>();
    if (tallies != null) {
      tallies.forEach(
          (id, n) -> {
            if (n != null) {
              t.put(id, new ScanResult.AppTally(n.passed(), n.applicable()));
            }
          });
    }
    Map<String, Status> outcomes = ScanResult.atAppPassRate(raw, t, policy.appPassRate());
    List<RubricEntry> rubric = Rubric.of(Catalog.defaults(), policy);
    return new Scored(outcomes, rubric, Scorer.score(rubric, outcomes, policy));
  }

  public static List<AssessmentStatus.PillarResult> pillars(Score score) {
    return score.pillars().stream()
        .map(
            p ->
                new AssessmentStatus.PillarResult(
                    p.id(),
                    p.points(),
                    p.maxPoints(),
                    p.passed(),
                    p.applicable(),
                    p.maxPoints() == 0
                        ? 0
                        : Math.round(1000.0 * p.points() / p.maxPoints()) / 1000.0))
        .toList();
  }

  /** Failing signals, most points first, then lowest level, then id. */
  public static List<String> topFailing(Scored s) {
    return s.rubric().stream()
        .filter(e -> s.outcomes().get(e.id()) == Status.FAIL)
        .sorted(
            Comparator.comparingInt(RubricEntry::points)
                .reversed()
                .thenComparingInt(RubricEntry::level)
                .thenComparing(RubricEntry::id))
        .limit(TOP_FAILING)
        .map(RubricEntry::id)
        .toList();
  }

  public static AssessmentStatus.NextLevel nextLevel(Score score) {
    Score.NextLevel n = score.nextLevel();
    if (n == null) {
      return null;
    }
    return new AssessmentStatus.NextLevel(
        n.level(),
        n.levelName(),
        n.reachable(),
        n.plan().stream().map(Score.PlanStep::id).toList());
  }

  /** The tallies as status stores them. */
  public static Map<String, AppTally> tallies(Map<String, ScanResult.AppTally> tallies) {
    Map<String, AppTally> out = new TreeMap<>();
    tallies.forEach((id, t) -> out.put(id, new AppTally(t.passed(), t.applicable())));
    return out;
  }
}
