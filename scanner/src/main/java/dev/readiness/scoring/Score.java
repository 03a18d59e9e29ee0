package dev.readiness.scoring;

import java.util.List;
import java.util.Map;

/**
 * The score of a repository under a policy.
 *
 * @param levelPassRates level "1".."5" to the share of applicable signals passing, null when none
 *     is applicable
 * @param nextLevel the cheapest plan to the next level, null at level 5
 * @param gates why each level is or is not reached: its gate items and points threshold
 */
public record Score(
    int points,
    int maxPoints,
    int level,
    String levelName,
    Map<String, Double> levelPassRates,
    List<PillarScore> pillars,
    NextLevel nextLevel,
    List<LevelGate> gates) {

  /**
   * One level's gate: {@code passed} of {@code applicable} practices the white paper names for it
   * pass, {@code required} are needed, and {@code pointsNeeded} points; {@code met} when both hold
   * (reaching the level also needs every level below). {@code failing} lists the failing signals.
   */
  public record LevelGate(
      int level,
      int passed,
      int applicable,
      int required,
      int pointsNeeded,
      boolean met,
      List<String> failing) {}

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
