package dev.readiness.operator.assessment;

import dev.readiness.catalog.Catalog;
import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.Conditions;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.metrics.ScanOutcomes;
import dev.readiness.operator.scan.JobCache;
import dev.readiness.operator.scan.ScanJobs;
import dev.readiness.operator.scan.ScanSlots;
import dev.readiness.operator.scan.ScannerAccounts;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.source.SourceException;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The scan side of reconciliation: poll, decide, launch under the cap, and harvest. */
public class ScanRunner {
  static final Duration LOST_GRACE = Duration.ofMinutes(2);
  static final Duration CACHE_LAG = Duration.ofSeconds(5);
  private final KubernetesClient client;
  private final OperatorConfig config;
  private final Clock clock;
  private final CommitResolver commits;
  private final EventRecorder events;
  private final ScanOutcomes outcomes;
  private final ScanSlots slots;
  private final ScannerAccounts accounts;

  public ScanRunner(
      KubernetesClient client,
      OperatorConfig config,
      Clock clock,
      CommitResolver commits,
      ScanOutcomes outcomes,
      ScanSlots slots) {
    this.client = client;
    this.config = config;
    this.clock = clock;
    this.commits = commits;
    this.events = new EventRecorder(client, clock);
    this.outcomes = outcomes;
    this.slots = slots;
    this.accounts = new ScannerAccounts(client, config.scannerServiceAccount());
  }

  void stalled(StatusDraft d, String reason, String message) {
    d.condition(Conditions.READY, false, reason, message);
    d.condition(Conditions.STALLED, true, reason, message);
    d.condition(Conditions.SCANNING, false, reason, "");
  }

  /** Re-scores stored outcomes under the current policy: no Job needed. */
  void rescore(StatusDraft d, PolicyResolver.Resolved policy, Instant now) {
    d.policy(policy.name());
    d.policyHash(policy.policy().hash());
    if (d.signals() == null) {
      return;
    }
    var scored = AssessmentScoring.score(d.signals(), d.appTallies(), policy.policy());
    var score = scored.score();
    d.level(score.level());
    d.levelName(score.levelName());
    d.points(score.points());
    d.maxPoints(score.maxPoints());
    d.pillars(AssessmentScoring.pillars(score));
    d.topFailing(AssessmentScoring.topFailing(scored));
    d.nextLevel(AssessmentScoring.nextLevel(score));
    d.active(
        d.lastCommitTime() != null
            && Instant.parse(d.lastCommitTime())
                .plus(Duration.ofDays(policy.policy().activeWithinDays()))
                .isAfter(now));
  }

  /** The assessment's scan Jobs and scan pods, from the informer caches. */
  record ScanObjects(List<Job> jobs, List<Pod> pods) {}

  /** Harvests a finished Job; while one runs, returns when to look again. */
  Optional<Instant> harvest(
      RepositoryAssessment ra,
      ScanObjects scan,
      StatusDraft d,
      PolicyResolver.Resolved p,
      Instant now) {
    Job job = currentJob(scan.jobs(), d.lastAttempt());
    if (job == null) {
      return lostOrLagging(ra, d, now);
    }
    var state = JobHarvest.inspect(job, ownedBy(job, scan.pods()));
    if (JobHarvest.resultMissing(state)) {
      // Jobs and pods come from two watches with no order between them: a finished Job can
      // arrive before its pod's final status. The API server has the pod as the kubelet wrote it.
      state = JobHarvest.inspect(job, ownedBy(job, livePods(ra)));
    }
    if (state.phase() == JobHarvest.Phase.RUNNING) {
      if (!d.isTrue(Conditions.SCANNING)) {
        // the launch already said why it scans; restating it would cost a write per scan
        d.condition(Conditions.SCANNING, true, "ScanRunning", "Job " + job.getMetadata().getName());
      }
      d.condition(Conditions.QUEUED, false, "Started", "");
      return Optional.of(now.plus(AssessmentReconciler.WHILE_SCANNING));
    }
    new ResultApplier(events, outcomes, clock).apply(ra, job, state, d, p.policy());
    if (d.lastAttempt() != null && !"Succeeded".equals(d.lastAttempt().outcome())) {
      // a scan pod cannot start without the scanner account: if someone deleted it, the retry
      // must create it again rather than trust what this operator saw earlier
      accounts.forget(ra.getMetadata().getNamespace());
    }
    slots.cancel(JobCache.key(job));
    if (!JobCache.finished(job)) {
      deleteQuietly(job); // stuck (image pull): free the slot now
    }
    return Optional.empty();
  }

  /** The pods of this very Job: one of an earlier Job of the same name may linger until GC. */
  private static List<Pod> ownedBy(Job job, List<Pod> pods) {
    String uid = job.getMetadata().getUid();
    return pods.stream()
        .filter(
            pod ->
                pod.getMetadata().getOwnerReferences().stream()
                    .anyMatch(o -> uid.equals(o.getUid())))
        .toList();
  }

  /** The assessment's scan pods read from the API server, for the rare case the cache lags. */
  private List<Pod> livePods(RepositoryAssessment ra) {
    try {
      return client
          .pods()
          .inNamespace(ra.getMetadata().getNamespace())
          .withLabel(ScanJobs.ASSESSMENT_LABEL, ra.getMetadata().getName())
          .list()
          .getItems();
    } catch (KubernetesClientException e) {
      return List.of(); // harvested from the cache alone
    }
  }

  /**
   * A Job recorded as running that the cache does not show: the cache may lag behind a create, so
   * only a Job that is gone from the API server after a grace period counts as lost.
   */
  private Optional<Instant> lostOrLagging(RepositoryAssessment ra, StatusDraft d, Instant now) {
    var last = d.lastAttempt();
    if (last == null || !"Running".equals(last.outcome()) || last.job() == null) {
      return Optional.empty();
    }
    Instant started = last.startTime() == null ? now : Instant.parse(last.startTime());
    Job live =
        client
            .batch()
            .v1()
            .jobs()
            .inNamespace(ra.getMetadata().getNamespace())
            .withName(last.job())
            .get();
    if (live != null || started.plus(LOST_GRACE).isAfter(now)) {
      return Optional.of(now.plus(CACHE_LAG));
    }
    new ResultApplier(events, outcomes, clock).lost(ra, d);
    return Optional.empty();
  }

  /** The Job recorded as running, else any Job still running (e.g. its status write was lost). */
  private static Job currentJob(List<Job> jobs, AssessmentStatus.LastAttempt last) {
    boolean running = last != null && "Running".equals(last.outcome());
    for (Job j : jobs) {
      if (running && j.getMetadata().getName().equals(last.job())) {
        return j;
      }
    }
    return jobs.stream().filter(j -> !JobCache.finished(j)).findFirst().orElse(null);
  }

  /** Polls when due, and starts a scan when one is due and a slot is free. */
  Instant maybeScan(
      RepositoryAssessment ra,
      StatusDraft d,
      PolicyResolver.Resolved p,
      ScanSchedule schedule,
      boolean specChanged,
      Instant now) {
    String key = ra.getMetadata().getNamespace() + "/" + ra.getMetadata().getName();
    Map<String, String> secret;
    try {
      secret = secretData(ra);
      if (schedule.pollDue(d.build(), specChanged, now)) {
        String commit =
            commits.resolve(
                ra.getSpec().repository().url(), ra.getSpec().repository().ref(), secret);
        d.lastPollTime(now.toString());
        d.latestCommit(commit);
      }
    } catch (SourceException e) {
      d.lastPollTime(now.toString());
      return new ResultApplier(events, outcomes, clock).pollFailed(ra, d, e, schedule);
    }
    String inputs = p.policy().scanInputsHash();
    Optional<String> reason =
        schedule.scanReason(d.build(), d.latestCommit(), inputs, Catalog.defaults().version(), now);
    if (reason.isEmpty()) {
      slots.forget(key);
      ResultApplier.ready(d);
      d.nextScanTime(Instant.parse(d.lastScanTime()).plus(schedule.interval()).toString());
      return schedule.nextCheck(d.build(), now);
    }
    Instant retry = ScanSchedule.retryAt(d.lastAttempt(), d.latestCommit(), inputs);
    if (retry != null && retry.isAfter(now)) {
      d.nextScanTime(retry.toString());
      return retry;
    }
    return launch(ra, d, p.policy(), inputs, secret, reason.get(), now);
  }

  private Instant launch(
      RepositoryAssessment ra,
      StatusDraft d,
      EffectivePolicy policy,
      String inputs,
      Map<String, String> secret,
      String reason,
      Instant now) {
    String ns = ra.getMetadata().getNamespace();
    String key = ns + "/" + ra.getMetadata().getName();
    String jobName = ScanJobs.name(ra.getMetadata().getName(), d.latestCommit(), inputs);
    if (retryOfHarvested(ns, jobName, d.lastAttempt())) {
      return now.plus(CACHE_LAG); // the earlier run of this name is being removed first
    }
    // the Job is built only once a slot is taken: most rechecks of a long queue find none
    String jobKey = ns + "/" + jobName;
    if (!slots.tryAcquire(key, queuePlace(d, now), jobKey)) {
      d.waitingForSlot = true;
      d.condition(
          Conditions.QUEUED,
          true,
          "WaitingForScanSlot",
          "all " + slots.cap() + " scan slots are busy");
      return now.plus(config.queueRecheck());
    }
    Job job =
        ScanJobs.build(
            ra,
            d.latestCommit(),
            inputs,
            PolicyJson.scanPart(policy),
            secret.keySet().stream().sorted().toList(),
            config);
    return create(ra, job, d, inputs, reason, now);
  }

  /**
   * Where a newcomer joins the queue: when its rescan was due, else when it first queued (kept in
   * its Queued condition across operator restarts), else now.
   */
  private static Instant queuePlace(StatusDraft d, Instant now) {
    if (d.nextScanTime() != null) {
      return Instant.parse(d.nextScanTime());
    }
    Instant since = d.queuedSince();
    return since == null ? now : since;
  }

  /** Leaves the queue unless this reconcile is waiting for a slot (suspended, stalled, done). */
  void settleQueue(RepositoryAssessment ra, StatusDraft d) {
    if (d.waitingForSlot) {
      return;
    }
    slots.forget(ra.getMetadata().getNamespace() + "/" + ra.getMetadata().getName());
    if ("WaitingForScanSlot".equals(d.conditionReason(Conditions.QUEUED))) {
      d.condition(Conditions.QUEUED, false, "NotWaiting", "");
    }
  }

  /** Creates the scan Job ("already exists" is success) and records the attempt as running. */
  private Instant create(
      RepositoryAssessment ra, Job job, StatusDraft d, String inputs, String reason, Instant now) {
    String ns = ra.getMetadata().getNamespace();
    String jobName = job.getMetadata().getName();
    String jobKey = ns + "/" + jobName;
    try {
      accounts.ensure(ns);
      client.batch().v1().jobs().inNamespace(ns).resource(job).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        slots.cancel(jobKey);
        d.condition(
            Conditions.SCANNING,
            false,
            "JobCreateFailed",
            "cannot create scan Job or its ServiceAccount (HTTP " + e.getCode() + ")");
        return now.plus(Duration.ofMinutes(1));
      }
    }
    int attempts = ResultApplier.attemptsFor(d.lastAttempt(), d.latestCommit(), inputs);
    d.lastAttempt(
        new AssessmentStatus.LastAttempt(
            jobName, d.latestCommit(), inputs, "Running", reason, attempts, now.toString(), null));
    d.condition(Conditions.QUEUED, false, "Started", "");
    d.condition(Conditions.SCANNING, true, reason, "Job " + jobName);
    events.normal(
        ra,
        "ScanStarted",
        "scan of " + d.latestCommit().substring(0, 8) + " started (" + reason + ")");
    return now.plus(AssessmentReconciler.WHILE_SCANNING);
  }

  /**
   * A retry of the same commit and inputs reuses the Job name: the earlier, harvested run must go
   * before the new one can be created.
   */
  private boolean retryOfHarvested(String ns, String name, AssessmentStatus.LastAttempt last) {
    if (last == null || !name.equals(last.job()) || "Running".equals(last.outcome())) {
      return false;
    }
    Job old = client.batch().v1().jobs().inNamespace(ns).withName(name).get();
    if (old == null) {
      return false;
    }
    deleteQuietly(old);
    return true;
  }

  private Map<String, String> secretData(RepositoryAssessment ra) throws SourceException {
    var ref = ra.getSpec().repository().credentialsSecretRef();
    if (ref == null) {
      return Map.of();
    }
    Secret s =
        client.secrets().inNamespace(ra.getMetadata().getNamespace()).withName(ref.name()).get();
    if (s == null) {
      throw new SourceException(
          2,
          dev.readiness.result.ScanFailure.Reason.INVALID_INPUT,
          "Secret " + ref.name() + " not found");
    }
    Map<String, String> out = new TreeMap<>();
    if (s.getData() != null) {
      s.getData()
          .forEach(
              (k, v) ->
                  out.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    if (s.getStringData() != null) {
      out.putAll(s.getStringData());
    }
    return out;
  }

  private void deleteQuietly(Job job) {
    try {
      client
          .resource(job)
          .withPropagationPolicy(io.fabric8.kubernetes.api.model.DeletionPropagation.BACKGROUND)
          .delete();
    } catch (KubernetesClientException e) {
      // the Job's TTL removes it later
    }
  }
}
