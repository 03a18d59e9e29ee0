package dev.readiness.operator.assessment;

import dev.readiness.catalog.Catalog;
import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.Conditions;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.metrics.ScanOutcomes;
import dev.readiness.operator.scan.ScanJobs;
import dev.readiness.result.MalformedResultException;
import dev.readiness.result.ResultCodec;
import dev.readiness.result.ScanFailure;
import dev.readiness.result.ScanOutcome;
import dev.readiness.result.ScanResult;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.source.SourceException;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Turns a finished Job, a lost Job or a failed poll into status, events and metrics. */
final class ResultApplier {
  private static final ResultCodec CODEC = new ResultCodec(Catalog.defaults());
  private final EventRecorder events;
  private final ScanOutcomes outcomes;
  private final Clock clock;

  ResultApplier(EventRecorder events, ScanOutcomes outcomes, Clock clock) {
    this.events = events;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  void apply(
      RepositoryAssessment ra, Job job, JobHarvest.State state, StatusDraft d, EffectivePolicy p) {
    String commit = job.getMetadata().getAnnotations().get(ScanJobs.COMMIT_ANNOTATION);
    String inputs = job.getMetadata().getAnnotations().get(ScanJobs.INPUTS_ANNOTATION);
    Instant now = clock.instant();
    Duration took = took(d.lastAttempt, now);
    if (state.phase() == JobHarvest.Phase.FAILED) {
      failed(
          ra,
          d,
          job.getMetadata().getName(),
          commit,
          inputs,
          state.reason(),
          state.message(),
          took);
      return;
    }
    ScanOutcome outcome;
    try {
      outcome =
          CODEC.decode(
              state.message(),
              p.customSignals().stream().map(PolicySpec.CustomSignal::id).toList(),
              commit,
              inputs);
    } catch (MalformedResultException e) {
      failed(
          ra,
          d,
          job.getMetadata().getName(),
          commit,
          inputs,
          "MalformedResult",
          e.getMessage(),
          took);
      return;
    }
    if (outcome instanceof ScanFailure f) {
      failed(
          ra,
          d,
          job.getMetadata().getName(),
          commit,
          inputs,
          f.reason().conditionReason(),
          f.message(),
          took);
      return;
    }
    ScanResult r = (ScanResult) outcome;
    d.commit = r.commit();
    d.lastCommitTime = r.commitTime().toString();
    d.lastScanTime = now.toString();
    d.signals = AssessmentScoring.encode(r.outcomes());
    d.appTallies =
        r.appTallies().isEmpty() ? null : AssessmentScoring.encodeTallies(r.appTallies());
    d.catalogVersion = r.catalogVersion();
    d.scanInputsHash = inputs;
    d.agentShare = Math.round(r.agentShare() * 10000) / 10000.0;
    d.lastAttempt =
        new AssessmentStatus.LastAttempt(
            job.getMetadata().getName(),
            commit,
            inputs,
            "Succeeded",
            "",
            0,
            start(d.lastAttempt),
            now.toString());
    d.condition(Conditions.SCANNING, false, "ScanSucceeded", "");
    ready(d);
    outcomes.record(ra.getMetadata().getNamespace(), "Succeeded", took);
    events.normal(
        ra,
        "ScanSucceeded",
        "scanned " + commit.substring(0, 8) + " in " + took.toSeconds() + " s");
  }

  static void ready(StatusDraft d) {
    if (d.signals == null) {
      return;
    }
    d.condition(Conditions.READY, true, "Scored", "level " + d.level + " (" + d.levelName + ")");
    d.condition(Conditions.STALLED, false, "Scored", "");
    d.condition(Conditions.QUEUED, false, "Scored", "");
  }

  /** A Job that vanished while we waited for it (deleted by hand or by TTL before harvest). */
  void lost(RepositoryAssessment ra, StatusDraft d) {
    var last = d.lastAttempt;
    failed(
        ra,
        d,
        last.job(),
        last.commit(),
        last.inputsHash(),
        "JobLost",
        "scan Job disappeared before its result was read",
        took(last, clock.instant()));
  }

  Instant pollFailed(
      RepositoryAssessment ra, StatusDraft d, SourceException e, ScanSchedule schedule) {
    Instant now = clock.instant();
    var last = d.lastAttempt;
    int attempts = last != null && last.job() == null ? last.attempts() + 1 : 1;
    String reason = e.reason().conditionReason();
    d.lastAttempt =
        new AssessmentStatus.LastAttempt(
            null, null, null, reason, e.getMessage(), attempts, now.toString(), now.toString());
    blocked(d, reason, e.getMessage());
    if (attempts == 1 || !reason.equals(last.outcome())) {
      events.warning(ra, reason, e.getMessage());
    }
    Duration wait = ScanSchedule.backoff(attempts);
    return now.plus(wait.compareTo(schedule.pollInterval()) < 0 ? wait : schedule.pollInterval());
  }

  private void failed(
      RepositoryAssessment ra,
      StatusDraft d,
      String job,
      String commit,
      String inputs,
      String reason,
      String message,
      Duration took) {
    Instant now = clock.instant();
    int attempts = attemptsFor(d.lastAttempt, commit, inputs) + 1;
    d.lastAttempt =
        new AssessmentStatus.LastAttempt(
            job, commit, inputs, reason, message, attempts, start(d.lastAttempt), now.toString());
    d.nextScanTime = now.plus(ScanSchedule.backoff(attempts)).toString();
    blocked(d, reason, message);
    outcomes.record(ra.getMetadata().getNamespace(), reason, took);
    events.warning(ra, "ScanFailed", reason + ": " + message);
  }

  private static void blocked(StatusDraft d, String reason, String message) {
    d.condition(Conditions.SCANNING, false, reason, message);
    d.condition(Conditions.STALLED, true, reason, message);
    if (d.signals == null) {
      d.condition(Conditions.READY, false, reason, message);
    }
  }

  /** Consecutive failures of this commit and inputs so far. */
  static int attemptsFor(AssessmentStatus.LastAttempt last, String commit, String inputs) {
    if (last == null
        || last.commit() == null
        || !last.commit().equals(commit)
        || !inputs.equals(last.inputsHash())) {
      return 0;
    }
    return "Succeeded".equals(last.outcome()) ? 0 : last.attempts();
  }

  private static String start(AssessmentStatus.LastAttempt last) {
    return last == null ? null : last.startTime();
  }

  private static Duration took(AssessmentStatus.LastAttempt last, Instant now) {
    if (last == null || last.startTime() == null) {
      return Duration.ZERO;
    }
    Duration d = Duration.between(Instant.parse(last.startTime()), now);
    return d.isNegative() ? Duration.ZERO : d;
  }
}
