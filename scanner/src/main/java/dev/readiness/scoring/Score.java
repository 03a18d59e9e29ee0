package dev.readiness.scoring;

import java.util.List;
import java.util.Map;

/**
 * The score of a repository under a policy.
 *
 * @param levelPassRates level "1".."5" to the share of applicable signals passing, null when none
 *     is applicable
 * @param nextLevel the cheapest plan to the next level, null at level 5
 */
public record Score(
    int points,
    int maxPoints,
    int level,
    String levelName,
    Map<String, Double> levelPassRates,
    List<PillarScore> pillars,
    NextLevel nextLevel) {

  /** Per-pillar totals. */
  public record PillarScore(
      String id, String name, int points, int maxPoints, int passed, int applicable) {}

  /** What it takes to reach {@code level}. */
  public record NextLevel(
      int level, String levelName, int pointsNeeded, boolean reachable, List<PlanStep> plan) {}

  /** One failing signal to fix. */
  public record PlanStep(
      String id, String pillar, int level, int points, String effort, String remediation) {}

  public static String levelName(int level) {
    return switch (level) {
      case 1 -> "Functional";
      case 2 -> "Documented";
      case 3 -> "Standardized";
      case 4 -> "Optimized";
      case 5 -> "Software Factory";
      default -> "None";
    };
  }
}
