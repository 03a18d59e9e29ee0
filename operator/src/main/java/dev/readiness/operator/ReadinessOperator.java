package dev.readiness.operator;

import dev.readiness.operator.assessment.AssessmentReconciler;
import dev.readiness.operator.assessment.CommitResolver;
import dev.readiness.operator.assessment.PolicyResolver;
import dev.readiness.operator.assessment.ScanRunner;
import dev.readiness.operator.metrics.ReadinessMetrics;
import dev.readiness.operator.metrics.ScanOutcomes;
import dev.readiness.operator.policy.PolicyReconciler;
import dev.readiness.operator.scan.JobCache;
import dev.readiness.operator.scan.ScanSlots;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Wires the two controllers, the scan runner and the metrics into a JOSDK {@link Operator}. Tests
 * build it with a mock client and a fixed clock; {@link Main} with the real ones.
 */
public final class ReadinessOperator {
  private static final Logger LOG = Logger.getLogger(ReadinessOperator.class.getName());
  private final Operator operator;
  private final ScanSlots slots;
  private final ReadinessMetrics metrics;
  private volatile boolean stopping;

  public ReadinessOperator(
      KubernetesClient client,
      OperatorConfig config,
      Clock clock,
      MeterRegistry registry,
      CommitResolver commits,
      Consumer<io.javaoperatorsdk.operator.api.config.ConfigurationServiceOverrider> tweak) {
    this.operator =
        new Operator(
            o -> {
              o.withKubernetesClient(client)
                  .withMetrics(MicrometerMetrics.withoutPerResourceMetrics(registry))
                  .withCloseClientOnStop(false);
              if (config.leaderElection()) {
                o.withLeaderElectionConfiguration(leaderElection(config));
              }
              tweak.accept(o);
            });
    JobCache jobCache = new JobCache();
    this.slots = new ScanSlots(config.maxConcurrentScans(), jobCache, clock, config.queueRecheck());
    ScanRunner runner =
        new ScanRunner(client, config, clock, commits, new ScanOutcomes(registry), slots);
    AssessmentReconciler assessments =
        new AssessmentReconciler(clock, runner, jobCache, slots, new PolicyResolver());
    operator.register(
        assessments,
        c -> {
          if (!config.namespaces().isEmpty()) {
            c.settingNamespaces(config.namespaces());
          }
        });
    PolicyReconciler policies = new PolicyReconciler(clock);
    operator.register(
        policies,
        c -> {
          if (!config.namespaces().isEmpty()) {
            c.settingNamespaces(config.namespaces());
          }
        });
    this.metrics =
        new ReadinessMetrics(
            registry, assessments::cached, policies::cached, slots, config.perSignalMetrics());
  }

  /**
   * JOSDK's own exit on lost leadership also fires on a graceful stop, where System.exit inside the
   * shutdown hook would hang the JVM; so the exit is ours, and only when the lease is really lost.
   */
  private LeaderElectionConfiguration leaderElection(OperatorConfig config) {
    return LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration("readiness-operator")
        .withLeaseNamespace(config.operatorNamespace())
        .withExitOnStopLeading(false)
        .withLeaderCallbacks(new LeaderCallbacks(() -> {}, this::lostLeadership, id -> {}))
        .build();
  }

  private void lostLeadership() {
    if (!stopping) {
      LOG.severe("lost the leader lease; exiting so that only one replica starts scans");
      System.exit(1);
    }
  }

  public void start() {
    operator.start();
  }

  public void stop() {
    stopping = true;
    operator.stop();
  }

  public Operator operator() {
    return operator;
  }

  public ReadinessMetrics metrics() {
    return metrics;
  }

  /** The cluster-wide scan cap and its queue (tests watch it for stalls). */
  public ScanSlots scanSlots() {
    return slots;
  }
}
