package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.SignalDefinition;
import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.metrics.ScanOutcomes;
import dev.readiness.operator.scan.ScanJobs;
import dev.readiness.result.ResultCodec;
import dev.readiness.result.ScanFailure;
import dev.readiness.result.ScanResult;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.signals.Status;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How a harvested Job becomes status, events and metrics: plain objects, no cluster. */
class ResultApplierTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String INPUTS = "sha256:inputs";
  private final List<String> events = new ArrayList<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ResultApplier applier =
      new ResultApplier(
          new EventRecorder(null, Clock.systemUTC()) {
            @Override
            public void normal(RepositoryAssessment ra, String reason, String message) {
              events.add("Normal " + reason + ": " + message);
            }

            @Override
            public void warning(RepositoryAssessment ra, String reason, String message) {
              events.add("Warning " + reason + ": " + message);
            }
          },
          new ScanOutcomes(registry),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static RepositoryAssessment assessment() {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(new ObjectMetaBuilder().withName("svc").withNamespace("team-a").build());
    return ra;
  }

  private static Job job() {
    return new JobBuilder()
        .withNewMetadata()
        .withName("svc-0123456789ab-x")
        .withAnnotations(
            Map.of(ScanJobs.COMMIT_ANNOTATION, COMMIT, ScanJobs.INPUTS_ANNOTATION, INPUTS))
        .endMetadata()
        .build();
  }

  private static StatusDraft draft() {
    AssessmentStatus.LastAttempt started =
        new AssessmentStatus.LastAttempt(
            "svc-0123456789ab-x",
            COMMIT,
            INPUTS,
            "Running",
            null,
            0,
            NOW.minusSeconds(42).toString(),
            null);
    StatusDraft d = new StatusDraft(null, NOW);
    d.lastAttempt(started);
    return d;
  }

  private static Condition condition(StatusDraft d, String type) {
    return d.conditions().stream().filter(c -> c.getType().equals(type)).findFirst().orElseThrow();
  }

  private void apply(StatusDraft d, JobHarvest.State state) {
    applier.apply(assessment(), job(), state, d, EffectivePolicy.defaults());
  }

  @Test
  void aFailureTheScannerReportsStallsWithItsOwnReasonAndBacksOff() {
    String text =
        new ResultCodec(Catalog.defaults())
            .encodeFailure(
                new ScanFailure(
                    ScanFailure.Reason.NOT_FOUND, "repository not found: https://h/x.git"));
    StatusDraft d = draft();
    apply(d, new JobHarvest.State(JobHarvest.Phase.FINISHED, null, text));
    assertThat(condition(d, "Stalled").getReason()).isEqualTo("RepositoryNotFound");
    assertThat(condition(d, "Stalled").getMessage())
        .isEqualTo("repository not found: https://h/x.git");
    assertThat(d.lastAttempt().attempts()).isEqualTo(1);
    assertThat(d.lastAttempt().job()).isEqualTo("svc-0123456789ab-x");
    assertThat(Instant.parse(d.nextScanTime())).isAfter(NOW);
    assertThat(events)
        .containsExactly(
            "Warning ScanFailed: RepositoryNotFound: repository not found: https://h/x.git");
    assertThat(registry.find("readiness_scans").tag("outcome", "RepositoryNotFound").counter())
        .isNotNull();
  }

  @Test
  void theSameCommitFailingAgainCountsAttempts() {
    StatusDraft d = draft();
    apply(
        d,
        new JobHarvest.State(
            JobHarvest.Phase.FAILED, "OutOfMemory", "the scan pod was OOM-killed"));
    apply(
        d,
        new JobHarvest.State(
            JobHarvest.Phase.FAILED, "OutOfMemory", "the scan pod was OOM-killed"));
    assertThat(d.lastAttempt().attempts()).isEqualTo(2);
    assertThat(condition(d, "Ready").getReason()).isEqualTo("OutOfMemory");
  }

  @Test
  void anUntrustedMessageIsAMalformedResultNotAScore() {
    StatusDraft d = draft();
    apply(d, new JobHarvest.State(JobHarvest.Phase.FINISHED, null, "rr1;garbage"));
    assertThat(condition(d, "Stalled").getReason()).isEqualTo("MalformedResult");
    assertThat(d.signals()).isNull();
  }

  @Test
  void aResultIsRecordedWithItsCommitAndTheAttemptSucceeds() {
    Map<String, Status> outcomes = new TreeMap<>();
    for (SignalDefinition s : Catalog.defaults().signals()) {
      outcomes.put(s.id(), Status.PASS);
    }
    ScanResult r =
        new ScanResult(
            COMMIT,
            NOW.minusSeconds(3600),
            Catalog.defaults().version(),
            INPUTS,
            outcomes,
            Map.of(),
            10,
            4,
            900);
    String text = new ResultCodec(Catalog.defaults()).encode(r, List.of());
    StatusDraft d = draft();
    apply(d, new JobHarvest.State(JobHarvest.Phase.FINISHED, null, text));
    assertThat(d.commit()).isEqualTo(COMMIT);
    assertThat(d.signals()).containsEntry("readme", Status.PASS);
    assertThat(d.agentShare()).isEqualTo(0.4);
    assertThat(d.lastAttempt().outcome()).isEqualTo("Succeeded");
    assertThat(condition(d, "Scanning").getStatus()).isEqualTo("False");
    assertThat(events).containsExactly("Normal ScanSucceeded: scanned 01234567 in 42 s");
  }

  @Test
  void aVanishedJobIsJobLostForItsOwnCommit() {
    StatusDraft d = draft();
    applier.lost(assessment(), d);
    assertThat(condition(d, "Stalled").getReason()).isEqualTo("JobLost");
    assertThat(d.lastAttempt().commit()).isEqualTo(COMMIT);
  }
}
