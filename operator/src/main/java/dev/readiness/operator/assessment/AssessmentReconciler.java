package dev.readiness.operator.assessment;

import dev.readiness.operator.api.Conditions;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.scan.JobCache;
import dev.readiness.operator.scan.ScanJobs;
import dev.readiness.operator.scan.ScanSlots;
import dev.readiness.source.Target;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.source.SecondaryToPrimaryMapper;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps one RepositoryAssessment current: harvest a finished scan, re-score under the policy, poll
 * the ref, and start a scan Job when one is due. It never evaluates signals itself.
 */
@ControllerConfiguration(name = "repositoryassessment")
public class AssessmentReconciler implements Reconciler<RepositoryAssessment> {
  static final String JOBS = "scan-jobs";
  static final String POLICIES = "policies";
  static final String PODS = "scan-pods";
  private static final String OWNER_INDEX = "readiness.dev/assessment";
  static final Duration WHILE_SCANNING = Duration.ofSeconds(30);
  private static final Duration MIN_WAIT = Duration.ofMillis(100);
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(AssessmentReconciler.class.getName());

  private static final SecondaryToPrimaryMapper<Job> OWNERS =
      Mappers.fromOwnerReferences(RepositoryAssessment.class);

  private final Clock clock;
  private final ScanRunner runner;
  private final JobCache jobCache;
  private final ScanSlots slots;
  private final PolicyResolver policyResolver;
  private volatile IndexerResourceCache<RepositoryAssessment> cache;
  private volatile InformerEventSource<Job, RepositoryAssessment> jobs;
  private volatile InformerEventSource<Pod, RepositoryAssessment> pods;

  /**
   * @param jobCache the scan Jobs the cap counts, bound here to this controller's Job informer
   * @param slots the cluster-wide scan cap, bound here to this controller's assessments
   * @param policies resolves policies, bound here to this controller's policy informer
   */
  public AssessmentReconciler(
      Clock clock, ScanRunner runner, JobCache jobCache, ScanSlots slots, PolicyResolver policies) {
    this.clock = clock;
    this.runner = runner;
    this.jobCache = jobCache;
    this.slots = slots;
    this.policyResolver = policies;
  }

  @Override
  public List<EventSource<?, RepositoryAssessment>> prepareEventSources(
      EventSourceContext<RepositoryAssessment> ctx) {
    cache = ctx.getPrimaryCache();
    slots.bindAssessments(
        key -> {
          int slash = key.indexOf('/');
          return cache
              .get(new ResourceID(key.substring(slash + 1), key.substring(0, slash)))
              .isPresent();
        });
    jobs =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Job.class, RepositoryAssessment.class)
                .withName(JOBS)
                .withLabelSelector(ScanJobs.MANAGED_BY + "=" + ScanJobs.OPERATOR)
                .withSecondaryToPrimaryMapper(this::ownerAndNextWaiting)
                .build(),
            ctx);
    jobCache.bind(jobs);
    indexByOwner(jobs);
    // scan pods come from a watch, not a list per reconcile: a pod stuck pulling its image or
    // killed for memory wakes its assessment at once
    pods =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Pod.class, RepositoryAssessment.class)
                .withName(PODS)
                .withLabelSelector(ScanJobs.MANAGED_BY + "=" + ScanJobs.OPERATOR)
                .withSecondaryToPrimaryMapper(AssessmentReconciler::labelledOwner)
                .build(),
            ctx);
    indexByOwner(pods);
    var policies =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(ReadinessPolicy.class, RepositoryAssessment.class)
                .withName(POLICIES)
                // a policy's own status changes with every assessment it rolls up; only a spec
                // change (a new generation) can change an assessment's score
                .withOnUpdateFilter(AssessmentReconciler::specChanged)
                .withSecondaryToPrimaryMapper(
                    (ReadinessPolicy p) ->
                        ctx.getPrimaryCache()
                            .list(p.getMetadata().getNamespace())
                            .filter(
                                a -> p.getMetadata().getName().equals(PolicyResolver.policyName(a)))
                            .map(ResourceID::fromResource)
                            .collect(Collectors.toSet()))
                .build(),
            ctx);
    policyResolver.bind(policies);
    return List.of(jobs, pods, policies);
  }

  /**
   * A Job event goes to its owner, and to the waiters a free slot would serve now: a Job that
   * finished or was deleted frees one, so the head of the queue is woken at once instead of at its
   * periodic re-check. With no slot free, the list is empty.
   */
  private Set<ResourceID> ownerAndNextWaiting(Job job) {
    Set<ResourceID> ids = new HashSet<>(OWNERS.toPrimaryResourceIDs(job));
    for (String key : slots.nextWaiting()) {
      int slash = key.indexOf('/');
      ids.add(new ResourceID(key.substring(slash + 1), key.substring(0, slash)));
    }
    return ids;
  }

  /** The assessment a scan Job or pod belongs to, from the label every scan object carries. */
  private static Set<ResourceID> labelledOwner(HasMetadata o) {
    String name = owner(o);
    return name == null ? Set.of() : Set.of(new ResourceID(name, o.getMetadata().getNamespace()));
  }

  private static String owner(HasMetadata o) {
    var labels = o.getMetadata().getLabels();
    return labels == null ? null : labels.get(ScanJobs.ASSESSMENT_LABEL);
  }

  /**
   * Indexes scan objects by the assessment label. The informer's own reverse index would do, but it
   * also lists a finished Job under the waiters its event wakes, and it hashes every Job.
   */
  private static void indexByOwner(InformerEventSource<? extends HasMetadata, ?> source) {
    source.addIndexers(
        Map.of(
            OWNER_INDEX,
            o -> {
              String name = owner(o);
              return name == null
                  ? List.of()
                  : List.of(o.getMetadata().getNamespace() + "/" + name);
            }));
  }

  /** The scan objects (Jobs or pods) labelled as this assessment's. */
  private static <T extends HasMetadata> List<T> own(
      RepositoryAssessment ra, InformerEventSource<T, RepositoryAssessment> source) {
    return source.byIndex(
        OWNER_INDEX, ra.getMetadata().getNamespace() + "/" + ra.getMetadata().getName());
  }

  static boolean specChanged(ReadinessPolicy now, ReadinessPolicy before) {
    return !Objects.equals(now.getMetadata().getGeneration(), before.getMetadata().getGeneration());
  }

  /** Every assessment in the informer cache (for metrics). */
  public Stream<RepositoryAssessment> cached() {
    var c = cache;
    return c == null ? Stream.empty() : c.list();
  }

  @Override
  public UpdateControl<RepositoryAssessment> reconcile(
      RepositoryAssessment ra, Context<RepositoryAssessment> ctx) {
    Instant now = clock.instant();
    StatusDraft draft = new StatusDraft(ra.getStatus(), now);
    boolean specChanged =
        !Long.valueOf(ra.getMetadata().getGeneration()).equals(draft.observedGeneration());
    draft.observedGeneration(ra.getMetadata().getGeneration());
    var scan = new ScanRunner.ScanObjects(own(ra, jobs), own(ra, pods));
    Instant next = step(ra, scan, draft, specChanged, now);
    runner.settleQueue(ra, draft);
    if (draft.isTrue(Conditions.RECONCILE_FAILED)) {
      draft.condition(Conditions.RECONCILE_FAILED, false, "Reconciled", "");
    }
    var control = write(ra, draft, ctx);
    if (next == null) {
      return control;
    }
    Duration wait = Duration.between(now, next);
    return control.rescheduleAfter(wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait);
  }

  private Instant step(
      RepositoryAssessment ra,
      ScanRunner.ScanObjects scan,
      StatusDraft draft,
      boolean specChanged,
      Instant now) {
    ScanSchedule schedule;
    try {
      schedule = AssessmentValidator.validate(ra.getSpec());
    } catch (IllegalArgumentException e) {
      runner.stalled(draft, "InvalidSpec", e.getMessage());
      return null; // a spec change brings it back
    }
    PolicyResolver.Resolved policy;
    try {
      policy = policyResolver.resolve(ra);
    } catch (PolicyResolver.Problem p) {
      runner.stalled(draft, p.reason(), p.getMessage());
      return now.plus(Duration.ofMinutes(5));
    }
    Optional<Instant> running = runner.harvest(ra, scan, draft, policy, now);
    runner.rescore(draft, policy, now);
    if (running.isPresent()) {
      return running.get();
    }
    if (Boolean.TRUE.equals(ra.getSpec().suspend())) {
      draft.condition(Conditions.SCANNING, false, "Suspended", "spec.suspend is true");
      return null;
    }
    return runner.maybeScan(ra, draft, policy, schedule, specChanged, now);
  }

  /**
   * An unexpected error shows on the resource as {@code ReconcileFailed=True} with the error's
   * class and first line (credentials scrubbed), and JOSDK retries as usual; the next successful
   * reconcile sets it False. A write conflict is no error worth showing: the retry reads afresh.
   */
  @Override
  public ErrorStatusUpdateControl<RepositoryAssessment> updateErrorStatus(
      RepositoryAssessment ra, Context<RepositoryAssessment> ctx, Exception e) {
    Throwable cause = unwrap(e);
    if (cause instanceof KubernetesClientException k && k.getCode() == 409) {
      return ErrorStatusUpdateControl.defaultErrorProcessing();
    }
    StatusDraft d = new StatusDraft(ra.getStatus(), clock.instant());
    String reason = cause.getClass().getSimpleName();
    d.condition(
        Conditions.RECONCILE_FAILED,
        true,
        reason.isEmpty() ? "UnexpectedError" : reason,
        oneLine(cause));
    try {
      write(ra, d, ctx);
    } catch (RuntimeException writeFailed) {
      LOG.warning(
          () -> "cannot record the error on " + ResourceID.fromResource(ra) + ": " + writeFailed);
    }
    return ErrorStatusUpdateControl.defaultErrorProcessing();
  }

  /** The error itself, not the framework's wrapper around it (JOSDK's metrics wrap each one). */
  static Throwable unwrap(Exception e) {
    Throwable t = e;
    while (t instanceof io.javaoperatorsdk.operator.OperatorException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The error's first line, without credentials, at most 300 characters. */
  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String first = Target.redact(m.lines().findFirst().orElse(""));
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }

  /**
   * Writes the whole status when it changed, with optimistic locking, and caches what was written
   * so the next reconcile reads its own write even before the informer catches up.
   */
  private static UpdateControl<RepositoryAssessment> write(
      RepositoryAssessment ra, StatusDraft d, Context<RepositoryAssessment> ctx) {
    var status = d.build();
    if (status.equals(ra.getStatus())) {
      return UpdateControl.noUpdate();
    }
    PrimaryUpdateAndCacheUtils.updateStatusAndCacheResource(
        ra,
        ctx,
        r -> {
          r.setStatus(status);
          return r;
        });
    return UpdateControl.noUpdate();
  }
}
