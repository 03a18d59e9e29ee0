package dev.readiness.operator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.readiness.signals.Status;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the operator knows about one repository. Written whole, and only when it changed; built with
 * {@link Builder}, which is the one other place that lists the components (a new one is a component
 * here, its builder field, and the line that sets its value where it is known).
 *
 * @param commit the commit the stored outcomes are for
 * @param shortCommit the first 8 characters of {@code commit}, for the printer column
 * @param latestCommit the ref's newest commit, as last polled
 * @param signals every signal's outcome (stored as pass, fail, skip or unknown)
 * @param appTallies app-scoped signals over several apps (stored as "passed/applicable")
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
    Map<String, Status> signals,
    Map<String, AppTally> appTallies,
    List<String> topFailing,
    NextLevel nextLevel,
    String catalogVersion,
    String scanInputsHash,
    Double agentShare,
    LastAttempt lastAttempt) {

  /** A builder holding a copy of this status. */
  public Builder toBuilder() {
    return new Builder(this);
  }

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

  /**
   * A status being edited: each component is read with {@code x()} and set with {@code x(value)};
   * {@code shortCommit} follows {@code commit}. Conditions are a list edited in place.
   */
  public static class Builder {
    private final List<Condition> conditions = new ArrayList<>();
    private Long observedGeneration;
    private String commit;
    private String latestCommit;
    private String lastCommitTime;
    private Boolean active;
    private String lastScanTime;
    private String nextScanTime;
    private String lastPollTime;
    private Integer level;
    private String levelName;
    private Integer points;
    private Integer maxPoints;
    private String policy;
    private String policyHash;
    private List<PillarResult> pillars;
    private Map<String, Status> signals;
    private Map<String, AppTally> appTallies;
    private List<String> topFailing;
    private NextLevel nextLevel;
    private String catalogVersion;
    private String scanInputsHash;
    private Double agentShare;
    private LastAttempt lastAttempt;

    public Builder() {}

    /** Starts from {@code s} (or empty when null); a repeated condition type keeps its first. */
    public Builder(AssessmentStatus s) {
      if (s == null) {
        return;
      }
      if (s.conditions() != null) {
        s.conditions().stream()
            .filter(c -> conditions.stream().noneMatch(o -> o.getType().equals(c.getType())))
            .forEach(conditions::add);
      }
      observedGeneration = s.observedGeneration();
      commit = s.commit();
      latestCommit = s.latestCommit();
      lastCommitTime = s.lastCommitTime();
      active = s.active();
      lastScanTime = s.lastScanTime();
      nextScanTime = s.nextScanTime();
      lastPollTime = s.lastPollTime();
      level = s.level();
      levelName = s.levelName();
      points = s.points();
      maxPoints = s.maxPoints();
      policy = s.policy();
      policyHash = s.policyHash();
      pillars = s.pillars();
      signals = s.signals();
      appTallies = s.appTallies();
      topFailing = s.topFailing();
      nextLevel = s.nextLevel();
      catalogVersion = s.catalogVersion();
      scanInputsHash = s.scanInputsHash();
      agentShare = s.agentShare();
      lastAttempt = s.lastAttempt();
    }

    /** The conditions, editable. */
    public List<Condition> conditions() {
      return conditions;
    }

    public Long observedGeneration() {
      return observedGeneration;
    }

    public Builder observedGeneration(Long value) {
      observedGeneration = value;
      return this;
    }

    public String commit() {
      return commit;
    }

    public Builder commit(String value) {
      commit = value;
      return this;
    }

    public String latestCommit() {
      return latestCommit;
    }

    public Builder latestCommit(String value) {
      latestCommit = value;
      return this;
    }

    public String lastCommitTime() {
      return lastCommitTime;
    }

    public Builder lastCommitTime(String value) {
      lastCommitTime = value;
      return this;
    }

    public Boolean active() {
      return active;
    }

    public Builder active(Boolean value) {
      active = value;
      return this;
    }

    public String lastScanTime() {
      return lastScanTime;
    }

    public Builder lastScanTime(String value) {
      lastScanTime = value;
      return this;
    }

    public String nextScanTime() {
      return nextScanTime;
    }

    public Builder nextScanTime(String value) {
      nextScanTime = value;
      return this;
    }

    public String lastPollTime() {
      return lastPollTime;
    }

    public Builder lastPollTime(String value) {
      lastPollTime = value;
      return this;
    }

    public Integer level() {
      return level;
    }

    public Builder level(Integer value) {
      level = value;
      return this;
    }

    public String levelName() {
      return levelName;
    }

    public Builder levelName(String value) {
      levelName = value;
      return this;
    }

    public Integer points() {
      return points;
    }

    public Builder points(Integer value) {
      points = value;
      return this;
    }

    public Integer maxPoints() {
      return maxPoints;
    }

    public Builder maxPoints(Integer value) {
      maxPoints = value;
      return this;
    }

    public String policy() {
      return policy;
    }

    public Builder policy(String value) {
      policy = value;
      return this;
    }

    public String policyHash() {
      return policyHash;
    }

    public Builder policyHash(String value) {
      policyHash = value;
      return this;
    }

    public List<PillarResult> pillars() {
      return pillars;
    }

    public Builder pillars(List<PillarResult> value) {
      pillars = value;
      return this;
    }

    public Map<String, Status> signals() {
      return signals;
    }

    public Builder signals(Map<String, Status> value) {
      signals = value;
      return this;
    }

    public Map<String, AppTally> appTallies() {
      return appTallies;
    }

    public Builder appTallies(Map<String, AppTally> value) {
      appTallies = value;
      return this;
    }

    public List<String> topFailing() {
      return topFailing;
    }

    public Builder topFailing(List<String> value) {
      topFailing = value;
      return this;
    }

    public NextLevel nextLevel() {
      return nextLevel;
    }

    public Builder nextLevel(NextLevel value) {
      nextLevel = value;
      return this;
    }

    public String catalogVersion() {
      return catalogVersion;
    }

    public Builder catalogVersion(String value) {
      catalogVersion = value;
      return this;
    }

    public String scanInputsHash() {
      return scanInputsHash;
    }

    public Builder scanInputsHash(String value) {
      scanInputsHash = value;
      return this;
    }

    public Double agentShare() {
      return agentShare;
    }

    public Builder agentShare(Double value) {
      agentShare = value;
      return this;
    }

    public LastAttempt lastAttempt() {
      return lastAttempt;
    }

    public Builder lastAttempt(LastAttempt value) {
      lastAttempt = value;
      return this;
    }

    public AssessmentStatus build() {
      return new AssessmentStatus(
          observedGeneration,
          List.copyOf(conditions),
          commit,
          commit == null ? null : commit.substring(0, Math.min(8, commit.length())),
          latestCommit,
          lastCommitTime,
          active,
          lastScanTime,
          nextScanTime,
          lastPollTime,
          level,
          levelName,
          points,
          maxPoints,
          policy,
          policyHash,
          pillars,
          signals,
          appTallies,
          topFailing,
          nextLevel,
          catalogVersion,
          scanInputsHash,
          agentShare,
          lastAttempt);
    }
  }
}
