package dev.readiness.operator;

import dev.readiness.operator.assessment.AssessmentReconciler;
import dev.readiness.operator.assessment.CommitResolver;
import dev.readiness.operator.assessment.ScanRunner;
import dev.readiness.operator.metrics.ReadinessMetrics;
import dev.readiness.operator.metrics.ScanOutcomes;
import dev.readiness.operator.policy.PolicyReconciler;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Wires the two controllers, the scan runner and the metrics into a JOSDK {@link Operator}. Tests
 * build it with a mock client and a fixed clock; {@link Main} with the real ones.
 */
public final class ReadinessOperator {
  private final Operator operator;
  private final ScanRunner runner;
  private final ReadinessMetrics metrics;

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
                o.withLeaderElectionConfiguration(
                    new LeaderElectionConfiguration(
                        "readiness-operator", config.operatorNamespace()));
              }
              tweak.accept(o);
            });
    this.runner = new ScanRunner(client, config, clock, commits, new ScanOutcomes(registry));
    AssessmentReconciler assessments = new AssessmentReconciler(clock, runner);
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
            registry,
            assessments::cached,
            policies::cached,
            runner.scanSlots(),
            config.perSignalMetrics());
  }

  public void start() {
    operator.start();
  }

  public void stop() {
    operator.stop();
  }

  public Operator operator() {
    return operator;
  }

  public ReadinessMetrics metrics() {
    return metrics;
  }

  public ScanRunner runner() {
    return runner;
  }
}
