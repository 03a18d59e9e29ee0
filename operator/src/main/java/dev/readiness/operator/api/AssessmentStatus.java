package dev.readiness.operator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Map;

/**
 * What the operator knows about one repository. Written whole, and only when it changed.
 *
 * @param commit the commit the stored outcomes are for
 * @param latestCommit the ref's newest commit, as last polled
 * @param signals every signal's outcome, id to pass, fail, skip or unknown
 * @param appTallies app-scoped signals over several apps: id to "passed/applicable"
 * @param topFailing the failing signals most worth fixing, most points first
 * @param agentShare share of recent commits authored or co-authored by coding agents, 0..1
 * @param scanInputsHash the custom-signal hash the stored outcomes were collected with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentStatus(
    Long observedGeneration,
    List<Condition> conditions,
    String commit,
    String shortCommit,
    String latestCommit,
    String lastCommitTime,
    Boolean active,
    String lastScanTime,
    String nextScanTime,
    String lastPollTime,
    Integer level,
    String levelName,
    Integer points,
    Integer maxPoints,
    String policy,
    String policyHash,
    List<PillarResult> pillars,
    Map<String, String> signals,
    Map<String, String> appTallies,
    List<String> topFailing,
    NextLevel nextLevel,
    String catalogVersion,
    String scanInputsHash,
    Double agentShare,
    LastAttempt lastAttempt) {

  /** One pillar's totals. */
  public record PillarResult(
      String id, int points, int maxPoints, int passed, int applicable, double ratio) {}

  /** The cheapest set of failing signals that reaches the next level. */
  public record NextLevel(int level, String levelName, boolean reachable, List<String> signals) {}

  /**
   * The most recent scan attempt.
   *
   * @param outcome Running, Succeeded or a failure reason
   * @param attempts consecutive failures of this commit and inputs (drives the backoff)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LastAttempt(
      String job,
      String commit,
      String inputsHash,
      String outcome,
      String message,
      int attempts,
      String startTime,
      String finishTime) {
    /** Leaves an empty message out: a kube-apiserver (our 1.20 test build) read "" as null. */
    public LastAttempt {
      message = message == null || message.isEmpty() ? null : message;
    }
  }
}
