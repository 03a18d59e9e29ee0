package dev.readiness.operator.policy;

import dev.readiness.operator.api.Conditions;
import dev.readiness.operator.api.PolicyStatus;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.assessment.PolicyResolver;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicyException;
import dev.readiness.scoring.PolicyLoader;
import io.fabric8.kubernetes.api.model.Condition;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.rate.RateLimited;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rolls the assessments that score with a policy up into its status. Every scored member changes
 * the rollup, so it is written at most once a second per policy: a portfolio of thousands would
 * otherwise rewrite its policy with every scan.
 */
@ControllerConfiguration(name = "readinesspolicy")
@RateLimited(maxReconciliations = 1, within = 1, unit = TimeUnit.SECONDS)
public class PolicyReconciler implements Reconciler<ReadinessPolicy> {
  private final Clock clock;
  private volatile InformerEventSource<RepositoryAssessment, ReadinessPolicy> assessments;
  private volatile IndexerResourceCache<ReadinessPolicy> cache;

  public PolicyReconciler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<EventSource<?, ReadinessPolicy>> prepareEventSources(
      EventSourceContext<ReadinessPolicy> ctx) {
    cache = ctx.getPrimaryCache();
    assessments =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(RepositoryAssessment.class, ReadinessPolicy.class)
                .withSecondaryToPrimaryMapper(
                    (RepositoryAssessment a) ->
                        Set.of(
                            new ResourceID(
                                PolicyResolver.policyName(a), a.getMetadata().getNamespace())))
                .build(),
            ctx);
    return List.of(assessments);
  }

  /** Every policy in the informer cache (for metrics). */
  public Stream<ReadinessPolicy> cached() {
    var c = cache;
    return c == null ? Stream.empty() : c.list();
  }

  @Override
  public UpdateControl<ReadinessPolicy> reconcile(
      ReadinessPolicy policy, Context<ReadinessPolicy> ctx) {
    String ns = policy.getMetadata().getNamespace();
    String name = policy.getMetadata().getName();
    List<RepositoryAssessment> members =
        assessments.list(ns, a -> name.equals(PolicyResolver.policyName(a))).toList();
    PolicyStatus old = policy.getStatus();
    PolicyStatus status;
    try {
      EffectivePolicy p = PolicyLoader.of(policy.getSpec());
      PortfolioRollup.Rollup r = PortfolioRollup.of(members, p.targetLevel());
      status =
          new PolicyStatus(
              policy.getMetadata().getGeneration(),
              List.of(condition(old, "Ready", "True", "Valid", members.size() + " assessments")),
              p.targetLevel(),
              p.hash(),
              r.counts(),
              r.readinessPercent(),
              r.levels(),
              r.teams(),
              r.topFailing());
    } catch (PolicyException e) {
      status =
          new PolicyStatus(
              policy.getMetadata().getGeneration(),
              List.of(condition(old, "Ready", "False", "InvalidPolicy", e.getMessage())),
              null,
              null,
              null,
              null,
              null,
              null,
              null);
    }
    if (status.equals(old)) {
      return UpdateControl.noUpdate();
    }
    policy.setStatus(status);
    policy.getMetadata().setManagedFields(null);
    return UpdateControl.patchStatus(policy);
  }

  private Condition condition(
      PolicyStatus old, String type, String status, String reason, String message) {
    return Conditions.next(
        old == null ? null : old.conditions(),
        type,
        status,
        reason,
        message,
        clock.instant(),
        null);
  }
}
