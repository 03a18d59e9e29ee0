package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.api.RepositoryAssessment;
import java.nio.file.Path;
import java.time.Duration;
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
    for (int i = 0; i < 200; i++) {
      h.assessment("repo-" + i, repo.url(), null, i % 2 == 0 ? "payments" : "search");
    }
    h.until(Duration.ofMinutes(4), () -> scoredCount() == 200);
    assertThat(h.kubelet.maxActive).isBetween(1, 5);
    assertThat(h.kubelet.seen).hasSize(200);
    assertThat(h.scrape()).contains("readiness_scans_max_concurrent 5.0");
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
