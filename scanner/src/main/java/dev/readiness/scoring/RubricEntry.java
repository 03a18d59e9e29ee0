package dev.readiness.scoring;

import dev.readiness.catalog.Effort;
import dev.readiness.catalog.Pillar;
import dev.readiness.catalog.Scope;
import java.util.List;

/**
 * One signal as the policy scores it: its level, points and gate item after overrides.
 *
 * @param gate the gate item of its level this signal counts toward, null when it gates nothing
 */
public record RubricEntry(
    String id,
    String title,
    Pillar pillar,
    int level,
    int points,
    Scope scope,
    Effort effort,
    List<String> processes,
    String remediation,
    boolean custom,
    String gate) {

  /** Whether this signal counts toward its level's gate. */
  public boolean gates() {
    return gate != null;
  }
}
