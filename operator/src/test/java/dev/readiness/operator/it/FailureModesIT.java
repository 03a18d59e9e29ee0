package dev.readiness.operator.it;

import static dev.readiness.operator.it.AssessmentFlowIT.condition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.api.AssessmentStatus;
import io.fabric8.kubernetes.api.model.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a scan can die ends in an actionable condition, an event, and backoff, not a storm. */
class FailureModesIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SCANNER = "readiness-scanner";
  @TempDir Path tmp;
  private OperatorHarness h;
  private GitFixture repo;

  @BeforeEach
  void start() throws Exception {
    h = new OperatorHarness(tmp);
    repo = new GitFixture(tmp.resolve("repo"));
    h.start(5);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @ParameterizedTest
  @CsvSource({
    "OUT_OF_MEMORY, OutOfMemory, memory",
    "DEADLINE, ScanTimedOut, timeoutSeconds",
    "IMAGE_PULL, ImagePullFailed, image",
    "GARBAGE, MalformedResult, not a readiness scan result"
  })
  void failureIsReportedAndBackedOff(FakeKubelet.Mode mode, String reason, String hint)
      throws Exception {
    h.kubelet.mode = j -> mode;
    h.assessment("svc", repo.url(), null, null);
    try {
      h.until(WAIT, () -> ("True/" + reason).equals(condition(h.get("svc"), "Stalled")));
    } catch (AssertionError e) {
      throw new AssertionError("status: " + h.get("svc").getStatus(), e);
    }
    AssessmentStatus s = h.get("svc").getStatus();
    assertThat(condition(h.get("svc"), "Ready")).isEqualTo("False/" + reason);
    assertThat(s.lastAttempt().outcome()).isEqualTo(reason);
    assertThat(s.lastAttempt().message()).contains(hint);
    assertThat(s.lastAttempt().attempts()).isEqualTo(1);
    assertThat(s.nextScanTime()).isNotNull();
    // no storm: within the backoff nothing new starts, however often it reconciles
    h.policy(new dev.readiness.scoring.PolicySpec(3, null, null, null, null, null, null, null));
    Thread.sleep(1500);
    h.kubelet.runOnce();
    assertThat(h.kubelet.seen).hasSize(1);
    // someone deletes the scanner account: the retry must not trust that it still exists
    h.client.serviceAccounts().inNamespace(OperatorHarness.NS).withName(SCANNER).delete();
    // after the backoff a retry runs, and a second failure doubles the wait
    h.clock.advance(Duration.ofMinutes(2));
    h.policy(new dev.readiness.scoring.PolicySpec(4, null, null, null, null, null, null, null));
    h.until(WAIT, () -> h.get("svc").getStatus().lastAttempt().attempts() == 2);
    assertThat(h.kubelet.seen).hasSize(2);
    assertThat(h.client.serviceAccounts().inNamespace(OperatorHarness.NS).withName(SCANNER).get())
        .as("scanner account created again for the retry")
        .isNotNull();
    List<Event> events = h.client.v1().events().inNamespace(OperatorHarness.NS).list().getItems();
    assertThat(events)
        .anyMatch(e -> "ScanFailed".equals(e.getReason()) && "Warning".equals(e.getType()));
    assertThat(events).anyMatch(e -> "ScanStarted".equals(e.getReason()));
    assertThat(h.scrape())
        .contains("readiness_scans_total{namespace=\"team-a\",outcome=\"" + reason + "\"} 2.0");
  }
}
