package dev.readiness.operator.assessment;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.Conditions;
import io.fabric8.kubernetes.api.model.Condition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable copy of an assessment's status that the reconciler edits and then builds whole.
 * Conditions keep their lastTransitionTime unless their status flips, so an unchanged state writes
 * nothing.
 */
final class StatusDraft {
  Long observedGeneration;
  final List<Condition> conditions = new ArrayList<>();
  String commit;
  String latestCommit;
  String lastCommitTime;
  Boolean active;
  String lastScanTime;
  String nextScanTime;
  String lastPollTime;
  Integer level;
  String levelName;
  Integer points;
  Integer maxPoints;
  String policy;
  String policyHash;
  List<AssessmentStatus.PillarResult> pillars;
  Map<String, String> signals;
  Map<String, String> appTallies;
  List<String> topFailing;
  AssessmentStatus.NextLevel nextLevel;
  String catalogVersion;
  String scanInputsHash;
  Double agentShare;
  AssessmentStatus.LastAttempt lastAttempt;

  /** Set when this reconcile left the assessment waiting for a scan slot; never written. */
  boolean waitingForSlot;

  private final Instant now;

  StatusDraft(AssessmentStatus s, Instant now) {
    this.now = now;
    if (s == null) {
      return;
    }
    observedGeneration = s.observedGeneration();
    if (s.conditions() != null) {
      s.conditions().stream()
          .filter(c -> conditions.stream().noneMatch(o -> o.getType().equals(c.getType())))
          .forEach(conditions::add);
    }
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

  /** Sets a condition; its transition time moves only when its status changes. */
  void condition(String type, boolean value, String reason, String message) {
    Condition c =
        Conditions.next(
            conditions,
            type,
            value ? Conditions.TRUE : Conditions.FALSE,
            reason,
            message,
            now,
            observedGeneration);
    Condition old =
        conditions.stream().filter(x -> type.equals(x.getType())).findFirst().orElse(null);
    if (old != null) {
      conditions.set(conditions.indexOf(old), c);
    } else {
      conditions.add(c);
    }
  }

  /** When the assessment started waiting for a slot (its Queued condition), if it is waiting. */
  Instant queuedSince() {
    return conditions.stream()
        .filter(c -> Conditions.QUEUED.equals(c.getType()) && Conditions.TRUE.equals(c.getStatus()))
        .map(Condition::getLastTransitionTime)
        .filter(Objects::nonNull)
        .map(Instant::parse)
        .findFirst()
        .orElse(null);
  }

  boolean isTrue(String type) {
    return conditions.stream()
        .anyMatch(c -> type.equals(c.getType()) && Conditions.TRUE.equals(c.getStatus()));
  }

  String conditionReason(String type) {
    return conditions.stream()
        .filter(c -> type.equals(c.getType()))
        .map(Condition::getReason)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  AssessmentStatus build() {
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
