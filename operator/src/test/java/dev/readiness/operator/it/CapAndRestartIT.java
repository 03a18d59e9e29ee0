package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.scoring.PolicySpec;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan cap holds under load, and a restart mid-scan loses nothing and duplicates nothing. */
class CapAndRestartIT {
  @TempDir Path tmp;
  private OperatorHarness h;
  private GitFixture repo;

  @BeforeEach
  void setUp() throws Exception {
    h = new OperatorHarness(tmp);
    repo = new GitFixture(tmp.resolve("repo"));
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  private long scoredCount() {
    return h
        .client
        .resources(RepositoryAssessment.class)
        .inNamespace(OperatorHarness.NS)
        .list()
        .getItems()
        .stream()
        .filter(a -> a.getStatus() != null && a.getStatus().level() != null)
        .count();
  }

  @Test
  void twoHundredAssessmentsNeverExceedTheCap() throws Exception {
    h.start(5);
    h.kubelet.mode = j -> FakeKubelet.Mode.CANNED;
    h.policy(new PolicySpec(3, null, null, null, null, null, null, null));
    AtomicInteger policyWrites = new AtomicInteger();
    long start = System.nanoTime();
    Watch watch =
        h.client
            .resources(ReadinessPolicy.class)
            .inNamespace(OperatorHarness.NS)
            .withName("default")
            .watch(modifications(policyWrites));
    try {
      for (int i = 0; i < 200; i++) {
        h.assessment("repo-" + i, repo.url(), null, i % 2 == 0 ? "payments" : "search");
      }
      h.until(Duration.ofMinutes(4), () -> scoredCount() == 200);
      h.until(
          Duration.ofSeconds(10),
          () -> {
            var st = h.getPolicy().getStatus();
            return st != null && st.counts() != null && st.counts().scanned() == 200;
          });
    } finally {
      watch.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(h.kubelet.maxActive).isBetween(1, 5);
    assertThat(h.kubelet.seen).hasSize(200);
    assertThat(h.scrape()).contains("readiness_scans_max_concurrent 5.0");
    assertThat(policyWrites.get())
        .as("the rollup of 200 scored members is written at most about once a second")
        .isBetween(1, (int) seconds + 2);
  }

  private static Watcher<ReadinessPolicy> modifications(AtomicInteger count) {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, ReadinessPolicy resource) {
        if (action == Action.MODIFIED) {
          count.incrementAndGet();
        }
      }

      @Override
      public void onClose(WatcherException cause) {}
    };
  }

  @Test
  void restartInTheMiddleOfAScanKeepsTheResultAndStartsNoDuplicate() throws Exception {
    h.start(5);
    h.kubelet.mode = j -> FakeKubelet.Mode.HOLD;
    h.assessment("svc", repo.url(), null, null);
    h.until(
        Duration.ofSeconds(60),
        () ->
            !h.kubelet.jobs().isEmpty()
                && h.get("svc").getStatus() != null
                && h.get("svc").getStatus().lastAttempt() != null);
    assertThat(h.get("svc").getStatus().lastAttempt().outcome()).isEqualTo("Running");
    h.stop();
    h.kubelet.mode = j -> FakeKubelet.Mode.SCAN;
    h.kubelet.runOnce(); // the scan finishes while no operator runs
    h.start(5);
    h.until(Duration.ofSeconds(60), () -> h.get("svc").getStatus().level() != null);
    assertThat(h.get("svc").getStatus().lastAttempt().outcome()).isEqualTo("Succeeded");
    assertThat(h.kubelet.seen).hasSize(1);
  }
}
