package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.ReadinessOperator;
import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.Conditions;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.assessment.CommitResolver;
import dev.readiness.operator.metrics.MetricsServer;
import dev.readiness.scoring.PolicySpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas with leader election on a real kube-apiserver, as {@code replicas: 2} installs them:
 * the leader is cut off from the API server in the middle of its scans (its client closed, so its
 * lease is never released, as with {@code kill -9}); the other replica takes the lease, harvests
 * the running scans and finishes them. No Job is created twice and no result is lost.
 */
class LeaderFailoverIT {
  private static final int ASSESSMENTS = 3;
  private static final String LEASE = "readiness-operator";
  @TempDir static Path tmp;

  @Test
  void theSecondReplicaTakesOverMidScanWithoutDuplicateJobs() throws Exception {
    String dir = System.getenv("KUBE_API_TEST_DIR");
    assumeTrue(
        LocalApiServer.availableIn(dir),
        "no kube-apiserver: run .ci/kube-apiserver.sh and set KUBE_API_TEST_DIR");
    GitFixture repo = new GitFixture(tmp.resolve("repo"));
    try (LocalApiServer local = LocalApiServer.start(dir)) {
      FakeKubelet kubelet = new FakeKubelet(local.admin, tmp);
      kubelet.mode = j -> FakeKubelet.Mode.HOLD; // scans stay running until the failover
      kubelet.watch(2);
      KubernetesClient clientA = local.asOperator();
      KubernetesClient clientB = local.asOperator();
      ReadinessOperator a = replica(clientA, "replica-a");
      ReadinessOperator b = replica(clientB, "replica-b");
      try {
        a.start();
        await(Duration.ofSeconds(30), () -> holder(local).equals("replica-a"));
        b.start(); // waits as a standby
        policy(local.admin);
        for (int i = 0; i < ASSESSMENTS; i++) {
          local.admin.resource(assessment("repo-" + i, repo.url())).create();
        }
        await(Duration.ofSeconds(60), () -> kubelet.seen.size() == ASSESSMENTS);
        clientA.close(); // the leader dies mid-scan: no renewal, no release
        await(Duration.ofSeconds(60), () -> holder(local).equals("replica-b"));
        kubelet.mode = j -> FakeKubelet.Mode.CANNED;
        kubelet.runOnce(); // the held Jobs finish now
        await(Duration.ofSeconds(90), () -> ready(local.admin) == ASSESSMENTS);
        assertThat(kubelet.seen).as("one Job per assessment, none again").hasSize(ASSESSMENTS);
      } finally {
        b.stop();
        stopQuietly(a); // its client is gone: its shutdown may complain, never fail the test
        clientB.close();
        kubelet.close();
      }
    }
  }

  /** A replica with short lease times, and no exit on losing the lease (the test's JVM stays). */
  private static ReadinessOperator replica(KubernetesClient client, String identity) {
    OperatorConfig config =
        OperatorConfig.fromEnvironment(
            Map.of(
                "READINESS_LEADER_ELECTION", "true",
                "READINESS_OPERATOR_NAMESPACE", "readiness-system",
                "READINESS_QUEUE_RECHECK_MILLIS", "500"));
    return new ReadinessOperator(
        client,
        config,
        Clock.systemUTC(),
        MetricsServer.newRegistry(),
        new CommitResolver(),
        o ->
            o.withLeaderElectionConfiguration(
                    LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(LEASE)
                        .withLeaseNamespace("readiness-system")
                        .withIdentity(identity)
                        .withLeaseDuration(Duration.ofSeconds(6))
                        .withRenewDeadline(Duration.ofSeconds(4))
                        .withRetryPeriod(Duration.ofSeconds(1))
                        .withExitOnStopLeading(false)
                        .withLeaderCallbacks(new LeaderCallbacks(() -> {}, () -> {}, id -> {}))
                        .build())
                .withInformerStoppedHandler((informer, ex) -> {}));
  }

  private static void stopQuietly(ReadinessOperator op) {
    try {
      op.stop();
    } catch (RuntimeException e) {
      // a replica cut off from the API server cannot stop cleanly
    }
  }

  private static String holder(LocalApiServer local) {
    Lease lease =
        local.admin.resources(Lease.class).inNamespace("readiness-system").withName(LEASE).get();
    return lease == null || lease.getSpec().getHolderIdentity() == null
        ? ""
        : lease.getSpec().getHolderIdentity();
  }

  private static int ready(KubernetesClient admin) {
    return (int)
        admin
            .resources(RepositoryAssessment.class)
            .inNamespace(OperatorHarness.NS)
            .list()
            .getItems()
            .stream()
            .filter(
                r ->
                    r.getStatus() != null
                        && r.getStatus().level() != null
                        && r.getStatus().conditions().stream()
                            .anyMatch(
                                c ->
                                    Conditions.READY.equals(c.getType())
                                        && Conditions.TRUE.equals(c.getStatus())))
            .count();
  }

  private static void await(Duration timeout, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("not within %s", timeout).isLessThan(end);
      Thread.sleep(250);
    }
  }

  private static void policy(KubernetesClient admin) {
    ReadinessPolicy p = new ReadinessPolicy();
    p.setMetadata(
        new ObjectMetaBuilder().withName("default").withNamespace(OperatorHarness.NS).build());
    p.setSpec(new PolicySpec(2, null, null, null, null, null, null, null));
    admin.resource(p).create();
  }

  private static RepositoryAssessment assessment(String name, String url) {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace(OperatorHarness.NS).build());
    ra.setSpec(
        new AssessmentSpec(
            new AssessmentSpec.RepositorySpec(url, null, null), null, null, null, null));
    return ra;
  }
}
