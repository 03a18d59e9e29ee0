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
import java.util.List;
import java.util.TreeMap;

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

  /**
   * What a finished (or vanished) scan Job leaves to harvest.
   *
   * @param job the Job's name
   * @param commit the commit it scanned
   * @param inputs the hash of the scan inputs it ran with
   * @param took from the attempt's start until now
   */
  record Harvest(String job, String commit, String inputs, Duration took) {
    static Harvest of(Job job, Duration took) {
      var annotations = job.getMetadata().getAnnotations();
      return new Harvest(
          job.getMetadata().getName(),
          annotations.get(ScanJobs.COMMIT_ANNOTATION),
          annotations.get(ScanJobs.INPUTS_ANNOTATION),
          took);
    }
  }

  void apply(
      RepositoryAssessment ra, Job job, JobHarvest.State state, StatusDraft d, EffectivePolicy p) {
    Harvest h = Harvest.of(job, took(d.lastAttempt(), clock.instant()));
    if (state.phase() == JobHarvest.Phase.FAILED) {
      failed(ra, d, h, state.reason(), state.message());
      return;
    }
    ScanOutcome outcome;
    try {
      List<String> custom = p.customSignals().stream().map(PolicySpec.CustomSignal::id).toList();
      outcome = CODEC.decode(state.message(), custom, h.commit(), h.inputs());
    } catch (MalformedResultException e) {
      failed(ra, d, h, "MalformedResult", e.getMessage());
      return;
    }
    if (outcome instanceof ScanFailure f) {
      failed(ra, d, h, f.reason().conditionReason(), f.message());
      return;
    }
    succeeded(ra, d, h, (ScanResult) outcome);
  }

  private void succeeded(RepositoryAssessment ra, StatusDraft d, Harvest h, ScanResult r) {
    Instant now = clock.instant();
    d.commit(r.commit());
    d.lastCommitTime(r.commitTime().toString());
    d.lastScanTime(now.toString());
    d.signals(new TreeMap<>(r.outcomes()));
    d.appTallies(r.appTallies().isEmpty() ? null : AssessmentScoring.tallies(r.appTallies()));
    d.catalogVersion(r.catalogVersion());
    d.scanInputsHash(h.inputs());
    d.agentShare(Math.round(r.agentShare() * 10000) / 10000.0);
    d.lastAttempt(
        new AssessmentStatus.LastAttempt(
            h.job(),
            h.commit(),
            h.inputs(),
            "Succeeded",
            "",
            0,
            start(d.lastAttempt()),
            now.toString()));
    d.condition(Conditions.SCANNING, false, "ScanSucceeded", "");
    ready(d);
    outcomes.record(ra.getMetadata().getNamespace(), "Succeeded", h.took());
    events.normal(
        ra,
        "ScanSucceeded",
        "scanned " + h.commit().substring(0, 8) + " in " + h.took().toSeconds() + " s");
  }

  static void ready(StatusDraft d) {
    if (d.signals() == null) {
      return;
    }
    d.condition(
        Conditions.READY, true, "Scored", "level " + d.level() + " (" + d.levelName() + ")");
    d.condition(Conditions.STALLED, false, "Scored", "");
    d.condition(Conditions.QUEUED, false, "Scored", "");
  }

  /** A Job that vanished while we waited for it (deleted by hand or by TTL before harvest). */
  void lost(RepositoryAssessment ra, StatusDraft d) {
    var last = d.lastAttempt();
    Harvest h =
        new Harvest(last.job(), last.commit(), last.inputsHash(), took(last, clock.instant()));
    failed(ra, d, h, "JobLost", "scan Job disappeared before its result was read");
  }

  Instant pollFailed(
      RepositoryAssessment ra, StatusDraft d, SourceException e, ScanSchedule schedule) {
    Instant now = clock.instant();
    var last = d.lastAttempt();
    int attempts = last != null && last.job() == null ? last.attempts() + 1 : 1;
    String reason = e.reason().conditionReason();
    d.lastAttempt(
        new AssessmentStatus.LastAttempt(
            null, null, null, reason, e.getMessage(), attempts, now.toString(), now.toString()));
    blocked(d, reason, e.getMessage());
    if (attempts == 1 || !reason.equals(last.outcome())) {
      events.warning(ra, reason, e.getMessage());
    }
    Duration wait = ScanSchedule.backoff(attempts);
    return now.plus(wait.compareTo(schedule.pollInterval()) < 0 ? wait : schedule.pollInterval());
  }

  private void failed(
      RepositoryAssessment ra, StatusDraft d, Harvest h, String reason, String message) {
    Instant now = clock.instant();
    int attempts = attemptsFor(d.lastAttempt(), h.commit(), h.inputs()) + 1;
    d.lastAttempt(
        new AssessmentStatus.LastAttempt(
            h.job(),
            h.commit(),
            h.inputs(),
            reason,
            message,
            attempts,
            start(d.lastAttempt()),
            now.toString()));
    d.nextScanTime(now.plus(ScanSchedule.backoff(attempts)).toString());
    blocked(d, reason, message);
    outcomes.record(ra.getMetadata().getNamespace(), reason, h.took());
    events.warning(ra, "ScanFailed", reason + ": " + message);
  }

  private static void blocked(StatusDraft d, String reason, String message) {
    d.condition(Conditions.SCANNING, false, reason, message);
    d.condition(Conditions.STALLED, true, reason, message);
    if (d.signals() == null) {
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
