package dev.readiness.operator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Map;

/**
 * The portfolio a policy scores.
 *
 * @param readinessPercent active assessments at or above the target level, over active assessments
 *     with a successful scan, times 100; null when there is none
 * @param levels level "0".."5" to the number of active, scanned assessments there
 * @param topFailing the signals failing most often among active repositories
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyStatus(
    Long observedGeneration,
    List<Condition> conditions,
    Integer targetLevel,
    String policyHash,
    Counts counts,
    Double readinessPercent,
    Map<String, Integer> levels,
    List<TeamRollup> teams,
    List<SignalCount> topFailing) {

  /**
   * Assessments by state. {@code failing} had their last scan fail; {@code neverScanned} have no
   * result yet; neither is dropped from {@code total}.
   */
  public record Counts(
      int total, int active, int scanned, int failing, int neverScanned, int atTarget) {}

  /** The same figures for one team (label readiness.dev/team). */
  public record TeamRollup(String team, Counts counts, Double readinessPercent) {}

  /** How many active repositories fail a signal. */
  public record SignalCount(String id, int failing) {}
}
