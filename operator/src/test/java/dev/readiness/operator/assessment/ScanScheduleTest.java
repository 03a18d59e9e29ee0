package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.signals.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schedule decisions at fixed instants. */
class ScanScheduleTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final String C1 = "1".repeat(40);
  private static final String H = "sha256:h";
  private final ScanSchedule schedule =
      new ScanSchedule(Duration.ofHours(24), Duration.ofMinutes(15));

  private static AssessmentStatus scanned(Instant scanAt, Instant pollAt, String catalog) {
    return new AssessmentStatus.Builder()
        .observedGeneration(1L)
        .commit(C1)
        .latestCommit(C1)
        .active(true)
        .lastScanTime(scanAt.toString())
        .lastPollTime(pollAt.toString())
        .level(2)
        .levelName("Documented")
        .points(20)
        .maxPoints(100)
        .signals(Map.of("x", Status.PASS))
        .catalogVersion(catalog)
        .scanInputsHash(H)
        .agentShare(0.0)
        .build();
  }

  @Test
  void pollsWhenNeverPolledOrDueOrSpecChanged() {
    AssessmentStatus s = scanned(T0, T0, "k");
    assertThat(schedule.pollDue(null, false, T0)).isTrue();
    assertThat(schedule.pollDue(s, false, T0.plus(Duration.ofMinutes(14)))).isFalse();
    assertThat(schedule.pollDue(s, false, T0.plus(Duration.ofMinutes(15)))).isTrue();
    assertThat(schedule.pollDue(s, true, T0.plusSeconds(1))).isTrue();
  }

  @Test
  void scansOnlyWhenSomethingChangedOrTheIntervalPassed() {
    AssessmentStatus s = scanned(T0, T0, "k");
    assertThat(schedule.scanReason(null, C1, H, "k", T0)).contains("NeverScanned");
    assertThat(schedule.scanReason(s, C1, H, "k", T0.plusSeconds(60))).isEmpty();
    assertThat(schedule.scanReason(s, "2".repeat(40), H, "k", T0)).contains("NewCommit");
    assertThat(schedule.scanReason(s, C1, "sha256:other", "k", T0))
        .contains("CustomSignalsChanged");
    assertThat(schedule.scanReason(s, C1, H, "k2", T0)).contains("CatalogChanged");
    assertThat(schedule.scanReason(s, C1, H, "k", T0.plus(Duration.ofHours(24))))
        .contains("IntervalElapsed");
  }

  @Test
  void failuresBackOffExponentiallyUpToSixHours() {
    assertThat(ScanSchedule.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(ScanSchedule.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(ScanSchedule.backoff(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(ScanSchedule.backoff(40)).isEqualTo(Duration.ofHours(6));
    var last =
        new AssessmentStatus.LastAttempt(
            "job", C1, H, "OutOfMemory", "m", 3, T0.toString(), T0.toString());
    assertThat(ScanSchedule.retryAt(last, C1, H)).isEqualTo(T0.plus(Duration.ofMinutes(4)));
    assertThat(ScanSchedule.retryAt(last, "2".repeat(40), H)).isNull();
  }

  @Test
  void nextCheckIsTheEarlierOfPollAndInterval() {
    assertThat(schedule.nextCheck(scanned(T0, T0, "k"), T0))
        .isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void specIsRecheckedInJava() {
    assertThatThrownBy(() -> AssessmentValidator.validate(spec("https://u:secret@h/x.git", null)))
        .hasMessageContaining("credentialsSecretRef")
        .hasMessageNotContaining("secret@");
    assertThatThrownBy(() -> AssessmentValidator.validate(spec("ftp://h/x", null)))
        .hasMessageStartingWith("spec.repository.url");
    assertThatThrownBy(() -> AssessmentValidator.validate(spec("https://h/x.git", "30s")))
        .hasMessageContaining("pollInterval");
    assertThatThrownBy(() -> AssessmentValidator.validate(spec("https://h/x.git", "1x")))
        .hasMessageContaining("not a duration");
    assertThat(AssessmentValidator.validate(spec("git@github.com:o/r.git", "1h30m")).pollInterval())
        .isEqualTo(Duration.ofMinutes(90));
  }

  private static AssessmentSpec spec(String url, String poll) {
    return new AssessmentSpec(
        new AssessmentSpec.RepositorySpec(url, null, null),
        null,
        new AssessmentSpec.ScheduleSpec(null, poll),
        null,
        null);
  }
}
