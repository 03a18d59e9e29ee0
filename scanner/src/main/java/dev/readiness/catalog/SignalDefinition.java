package dev.readiness.catalog;

import java.util.List;

/**
 * One binary signal of the rubric: where it sits (pillar, level, scope) and what people read about
 * it. Points default to the level's weight (1, 2, 4, 8, 16).
 */
public record SignalDefinition(
    String id,
    Pillar pillar,
    int level,
    Scope scope,
    Effort effort,
    List<String> processes,
    String title,
    String passes,
    String why,
    String fix) {

  public SignalDefinition {
    processes = processes == null ? List.of() : List.copyOf(processes);
  }

  /** The white paper's weight for a level: 1, 2, 4, 8, 16. */
  public static int pointsForLevel(int level) {
    return 1 << (level - 1);
  }

  public int points() {
    return pointsForLevel(level);
  }
}
