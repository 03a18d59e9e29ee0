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
import dev.readiness.operator.scan.ScanSlots;
import dev.readiness.scoring.PolicySpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform team's first day, on a real kube-apiserver: 200 assessments applied at once, the
 * operator running as its own ServiceAccount under the chart's RBAC with the chart's defaults (cap
 * 5, 15 s queue re-check), and scan pods that take 1-5 s each. All must become Ready, the cap must
 * hold, and work must never sit queued with nothing running for longer than two of the longest
 * scans. Skipped, with a message, where the API server binaries are not built.
 */
class LiveLoadIT {
  private static final int ASSESSMENTS = 200;
  private static final Duration LONGEST_SCAN = Duration.ofSeconds(5);
  @TempDir static Path tmp;

  @Test
  void twoHundredAssessmentsAllBecomeReadyUnderTheDefaultCap() throws Exception {
    String dir = System.getenv("KUBE_API_TEST_DIR");
    assumeTrue(
        LocalApiServer.availableIn(dir),
        "no kube-apiserver: run .ci/kube-apiserver.sh and set KUBE_API_TEST_DIR");
    GitFixture repo = new GitFixture(tmp.resolve("repo"));
    List<Throwable> informerErrors = new CopyOnWriteArrayList<>();
    try (LocalApiServer local = LocalApiServer.start(dir);
        KubernetesClient asOperator = local.asOperator()) {
      OperatorConfig defaults = OperatorConfig.fromEnvironment(Map.of());
      assertThat(defaults.maxConcurrentScans()).as("the chart's default cap").isEqualTo(5);
      ReadinessOperator op =
          new ReadinessOperator(
              asOperator,
              defaults,
              Clock.systemUTC(),
              MetricsServer.newRegistry(),
              new CommitResolver(),
              o -> o.withInformerStoppedHandler((informer, ex) -> informerErrors.add(ex)));
      FakeKubelet kubelet = new FakeKubelet(local.admin, tmp);
      Random random = new Random(20);
      kubelet.mode = j -> FakeKubelet.Mode.CANNED;
      kubelet.runTime = j -> Duration.ofMillis(1_000 + random.nextInt(4_001));
      kubelet.watch(2 * defaults.maxConcurrentScans());
      try {
        op.start();
        policy(local.admin);
        for (int i = 0; i < ASSESSMENTS; i++) {
          local.admin.resource(assessment("repo-" + i, repo.url())).create();
        }
        Stall stall = new Stall(op.scanSlots());
        awaitAllReady(local.admin, stall, Duration.ofMinutes(8));
        assertThat(informerErrors).as("informers stopped (RBAC missing?)").isEmpty();
        assertThat(kubelet.maxActive).as("the cap holds").isLessThanOrEqualTo(5);
        assertThat(kubelet.seen).as("one scan Job per assessment").hasSize(ASSESSMENTS);
        assertThat(Duration.ofMillis(stall.longest.get()))
            .as("longest time with work queued and nothing running")
            .isLessThanOrEqualTo(LONGEST_SCAN.multipliedBy(2));
      } finally {
        op.stop();
        kubelet.close();
      }
    }
  }

  /** Samples the queue: the longest stretch with waiters and no scan running. */
  private static final class Stall {
    final ScanSlots slots;
    final AtomicLong longest = new AtomicLong();
    private long since = -1;

    Stall(ScanSlots slots) {
      this.slots = slots;
    }

    void sample() {
      long now = System.nanoTime();
      if (slots.queued() > 0 && slots.running() == 0) {
        since = since < 0 ? now : since;
        longest.accumulateAndGet((now - since) / 1_000_000, Math::max);
      } else {
        since = -1;
      }
    }
  }

  private static void awaitAllReady(KubernetesClient admin, Stall stall, Duration timeout)
      throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    long nextList = 0;
    int ready = 0;
    while (System.nanoTime() < end) {
      stall.sample();
      if (System.nanoTime() > nextList) {
        ready = countReady(admin);
        if (ready == ASSESSMENTS) {
          return;
        }
        nextList = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        ready
            + " of "
            + ASSESSMENTS
            + " Ready within "
            + timeout
            + "; queued "
            + stall.slots.queued());
  }

  private static int countReady(KubernetesClient admin) {
    return (int)
        admin
            .resources(RepositoryAssessment.class)
            .inNamespace(OperatorHarness.NS)
            .list()
            .getItems()
            .stream()
            .filter(
                a ->
                    a.getStatus() != null
                        && a.getStatus().conditions().stream()
                            .anyMatch(
                                c ->
                                    Conditions.READY.equals(c.getType())
                                        && Conditions.TRUE.equals(c.getStatus())))
            .count();
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
