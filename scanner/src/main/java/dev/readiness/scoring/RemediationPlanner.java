package dev.readiness.scoring;

import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheapest set of failing signals that reaches a level: first the cheapest signals that meet
 * each level's pass-rate gate, then the best points per effort until the threshold is met, then
 * every step that turns out to be unnecessary is dropped again, most expensive first.
 */
final class RemediationPlanner {
  private static final Comparator<RubricEntry> CHEAPEST =
      Comparator.<RubricEntry>comparingInt(e -> e.effort().cost())
          .thenComparing(Comparator.comparingInt(RubricEntry::points).reversed())
          .thenComparing(RubricEntry::id);
  private static final Comparator<RubricEntry> BEST_VALUE =
      Comparator.<RubricEntry>comparingDouble(e -> -(double) e.points() / e.effort().cost())
          .thenComparing(Comparator.comparingInt(RubricEntry::points).reversed())
          .thenComparing(RubricEntry::id);

  private RemediationPlanner() {}

  static Score.NextLevel plan(
      List<RubricEntry> rubric,
      Map<String, Status> outcomes,
      EffectivePolicy policy,
      int target,
      int points,
      LevelGates gates) {
    Standing now = new Standing(policy, target, points, gates);
    List<RubricEntry> failing = new ArrayList<>();
    for (RubricEntry e : rubric) {
      if (outcomes.getOrDefault(e.id(), Status.UNKNOWN) == Status.FAIL) {
        failing.add(e);
      }
    }
    Set<RubricEntry> chosen = new LinkedHashSet<>();
    for (int l = 1; l <= target; l++) {
      // the cheapest failing signal of each failing gate item, cheapest items first
      gates.failing(l).stream()
          .map(i -> i.signals().stream().filter(failing::contains).min(CHEAPEST))
          .flatMap(java.util.Optional::stream)
          .sorted(CHEAPEST)
          .limit(Math.max(0, now.missingPasses(l)))
          .forEach(chosen::add);
    }
    for (RubricEntry e : failing.stream().sorted(BEST_VALUE).toList()) {
      if (now.pointsMetWith(chosen)) {
        break;
      }
      chosen.add(e);
    }
    now.prune(chosen);
    List<Score.PlanStep> steps =
        chosen.stream()
            .sorted(Comparator.comparingInt(RubricEntry::level).thenComparing(CHEAPEST))
            .map(
                e ->
                    new Score.PlanStep(
                        e.id(),
                        e.pillar().id(),
                        e.level(),
                        e.points(),
                        e.effort().id(),
                        e.remediation()))
            .toList();
    int needed = Math.max(0, policy.threshold(target) - points);
    return new Score.NextLevel(
        target, Score.levelName(target), needed, now.reachedWith(chosen), steps);
  }

  /** Where the repository stands against the {@code target} level: points, gate items passed. */
  private record Standing(EffectivePolicy policy, int target, int points, LevelGates gates) {

    int missingPasses(int level) {
      return Scorer.required(gates.applicable(level), policy.levelPassRate()) - gates.passed(level);
    }

    boolean pointsMetWith(Set<RubricEntry> chosen) {
      return points + sum(chosen) >= policy.threshold(target);
    }

    /** Whether fixing {@code chosen} meets the target's threshold and every level's gate. */
    boolean reachedWith(Set<RubricEntry> chosen) {
      if (!pointsMetWith(chosen)) {
        return false;
      }
      for (int l = 1; l <= target; l++) {
        if (!Scorer.gateMet(
            gates.passedWith(l, chosen), gates.applicable(l), policy.levelPassRate())) {
          return false;
        }
      }
      return true;
    }

    /** Drops every step that is not needed, trying the most expensive first. */
    void prune(Set<RubricEntry> chosen) {
      List<RubricEntry> order =
          chosen.stream()
              .sorted(
                  Comparator.<RubricEntry>comparingInt(e -> e.effort().cost())
                      .reversed()
                      .thenComparingInt(RubricEntry::points)
                      .thenComparing(RubricEntry::id))
              .toList();
      for (RubricEntry e : order) {
        chosen.remove(e);
        if (!reachedWith(chosen)) {
          chosen.add(e);
        }
      }
    }
  }

  private static int sum(Set<RubricEntry> chosen) {
    return chosen.stream().mapToInt(RubricEntry::points).sum();
  }
}
