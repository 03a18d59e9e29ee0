package dev.readiness.operator.policy;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.PolicyStatus;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The white paper's headline figure and its breakdowns, as a pure function of assessments. Failed
 * and never-scanned assessments are counted and shown, never silently dropped.
 */
public final class PortfolioRollup {
  static final int TOP_SIGNALS = 10;

  private PortfolioRollup() {}

  /** The rollup of {@code assessments} at {@code targetLevel}. */
  public record Rollup(
      PolicyStatus.Counts counts,
      Double readinessPercent,
      Map<String, Integer> levels,
      List<PolicyStatus.TeamRollup> teams,
      List<PolicyStatus.SignalCount> topFailing) {}

  public static Rollup of(List<RepositoryAssessment> assessments, int targetLevel) {
    Map<String, List<AssessmentStatus>> byTeam = new TreeMap<>();
    List<AssessmentStatus> all = new ArrayList<>();
    for (RepositoryAssessment a : assessments) {
      AssessmentStatus s = a.getStatus();
      all.add(s);
      String team = team(a);
      if (!team.isEmpty()) {
        byTeam.computeIfAbsent(team, k -> new ArrayList<>()).add(s);
      }
    }
    PolicyStatus.Counts counts = counts(all, targetLevel);
    List<PolicyStatus.TeamRollup> teams = new ArrayList<>();
    byTeam.forEach(
        (team, list) -> {
          PolicyStatus.Counts c = counts(list, targetLevel);
          teams.add(new PolicyStatus.TeamRollup(team, c, percent(c)));
        });
    return new Rollup(counts, percent(counts), levels(all), teams, topFailing(all));
  }

  static PolicyStatus.Counts counts(List<AssessmentStatus> list, int target) {
    int active = 0;
    int scanned = 0;
    int failing = 0;
    int never = 0;
    int atTarget = 0;
    for (AssessmentStatus s : list) {
      boolean hasScore = s != null && s.level() != null;
      boolean isActive = s != null && Boolean.TRUE.equals(s.active());
      if (isFailing(s)) {
        failing++;
      }
      if (!hasScore) {
        never++;
        continue;
      }
      if (isActive) {
        active++;
        scanned++;
        atTarget += s.level() >= target ? 1 : 0;
      }
    }
    return new PolicyStatus.Counts(list.size(), active, scanned, failing, never, atTarget);
  }

  /** Active at-or-above-target over active with a successful scan, times 100. */
  static Double percent(PolicyStatus.Counts c) {
    return c.scanned() == 0 ? null : Math.round(10000.0 * c.atTarget() / c.scanned()) / 100.0;
  }

  private static boolean isFailing(AssessmentStatus s) {
    if (s == null || s.lastAttempt() == null) {
      return false;
    }
    String o = s.lastAttempt().outcome();
    return !"Succeeded".equals(o) && !"Running".equals(o);
  }

  private static Map<String, Integer> levels(List<AssessmentStatus> all) {
    Map<String, Integer> out = new TreeMap<>();
    for (int l = 0; l <= 5; l++) {
      out.put(String.valueOf(l), 0);
    }
    all.stream()
        .filter(s -> s != null && s.level() != null && Boolean.TRUE.equals(s.active()))
        .forEach(s -> out.merge(String.valueOf(s.level()), 1, Integer::sum));
    return out;
  }

  private static List<PolicyStatus.SignalCount> topFailing(List<AssessmentStatus> all) {
    Map<String, Integer> failing = new HashMap<>();
    all.stream()
        .filter(s -> s != null && s.signals() != null && Boolean.TRUE.equals(s.active()))
        .forEach(
            s ->
                s.signals()
                    .forEach(
                        (id, st) -> {
                          if (st == Status.FAIL) {
                            failing.merge(id, 1, Integer::sum);
                          }
                        }));
    return failing.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_SIGNALS)
        .map(e -> new PolicyStatus.SignalCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static String team(RepositoryAssessment a) {
    var labels = a.getMetadata().getLabels();
    String t = labels == null ? null : labels.get("readiness.dev/team");
    return t == null ? "" : t;
  }
}
