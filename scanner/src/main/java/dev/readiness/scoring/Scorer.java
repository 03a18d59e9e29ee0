package dev.readiness.scoring;

import dev.readiness.catalog.Pillar;
import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring as a pure function of signal outcomes and a policy. Level N needs the points threshold of
 * N and, for every level 1..N, the policy's share of that level's applicable gate items passing
 * ({@link LevelGates}: the practices the white paper names for the level). Skipped and unknown
 * signals count toward neither points nor pass rates.
 */
public final class Scorer {
  private Scorer() {}

  public static Score score(
      List<RubricEntry> rubric, Map<String, Status> outcomes, EffectivePolicy policy) {
    int points = 0;
    int maxPoints = 0;
    int[] passed = new int[6];
    int[] applicable = new int[6];
    for (RubricEntry e : rubric) {
      Status s = outcomes.getOrDefault(e.id(), Status.UNKNOWN);
      if (s.applicable()) {
        applicable[e.level()]++;
        maxPoints += e.points();
      }
      if (s == Status.PASS) {
        passed[e.level()]++;
        points += e.points();
      }
    }
    Map<String, Double> rates = new LinkedHashMap<>();
    for (int l = 1; l <= 5; l++) {
      rates.put(
          String.valueOf(l),
          applicable[l] == 0 ? null : Math.round(10000.0 * passed[l] / applicable[l]) / 10000.0);
    }
    LevelGates gates = LevelGates.of(rubric, outcomes);
    int level = level(points, gates, policy);
    Score.NextLevel next =
        level >= 5
            ? null
            : RemediationPlanner.plan(rubric, outcomes, policy, level + 1, points, gates);
    return new Score(
        points,
        maxPoints,
        level,
        Score.levelName(level),
        rates,
        pillars(rubric, outcomes),
        next,
        gateScores(gates, policy, points));
  }

  static int level(int points, LevelGates gates, EffectivePolicy policy) {
    int level = 0;
    for (int n = 1; n <= 5; n++) {
      if (points < policy.threshold(n)
          || !gateMet(gates.passed(n), gates.applicable(n), policy.levelPassRate())) {
        break;
      }
      level = n;
    }
    return level;
  }

  /** Per level: gate items passed of applicable, how many are needed, and which ones fail. */
  private static List<Score.LevelGate> gateScores(
      LevelGates gates, EffectivePolicy policy, int points) {
    List<Score.LevelGate> out = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      int applicable = gates.applicable(n);
      int passed = gates.passed(n);
      List<String> failing =
          gates.failing(n).stream()
              .flatMap(i -> i.signals().stream().map(RubricEntry::id))
              .toList();
      out.add(
          new Score.LevelGate(
              n,
              passed,
              applicable,
              required(applicable, policy.levelPassRate()),
              policy.threshold(n),
              gateMet(passed, applicable, policy.levelPassRate()) && points >= policy.threshold(n),
              failing));
    }
    return List.copyOf(out);
  }

  static boolean gateMet(int passed, int applicable, int percent) {
    return passed * 100L >= (long) percent * applicable;
  }

  /** How many of {@code applicable} must pass to meet the gate. */
  static int required(int applicable, int percent) {
    return (int) ((applicable * (long) percent + 99) / 100);
  }

  private static List<Score.PillarScore> pillars(
      List<RubricEntry> rubric, Map<String, Status> outcomes) {
    List<Score.PillarScore> out = new ArrayList<>();
    for (Pillar p : Pillar.values()) {
      int pts = 0;
      int max = 0;
      int pass = 0;
      int app = 0;
      for (RubricEntry e : rubric) {
        if (e.pillar() != p) {
          continue;
        }
        Status s = outcomes.getOrDefault(e.id(), Status.UNKNOWN);
        if (s.applicable()) {
          app++;
          max += e.points();
        }
        if (s == Status.PASS) {
          pass++;
          pts += e.points();
        }
      }
      out.add(new Score.PillarScore(p.id(), p.displayName(), pts, max, pass, app));
    }
    return out;
  }
}
