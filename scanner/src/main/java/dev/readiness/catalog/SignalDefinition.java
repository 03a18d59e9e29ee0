package dev.readiness.catalog;

import java.util.List;

/**
 * One binary signal of the rubric: where it sits (pillar, level, scope) and what people read about
 * it. Points default to the level's weight (1, 2, 4, 8, 16).
 *
 * @param gate the gate item this signal belongs to when the white paper names its practice for the
 *     level (catalog {@code gate: true} makes the signal its own item; a name groups alternatives,
 *     such as the three kinds of security scanning, into one item that passes when any of them
 *     does); null when the signal earns points but does not gate its level
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
    String fix,
    String gate) {

  public SignalDefinition {
    processes = processes == null ? List.of() : List.copyOf(processes);
    gate = "true".equals(gate) ? id : "false".equals(gate) ? null : gate;
  }

  /** Whether the white paper names this practice for its level: it then gates the level. */
  public boolean gates() {
    return gate != null;
  }

  /** The white paper's weight for a level: 1, 2, 4, 8, 16. */
  public static int pointsForLevel(int level) {
    return 1 << (level - 1);
  }

  public int points() {
    return pointsForLevel(level);
  }
}
