package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a scan Job and its pod say, read the way the kubelet and the Job controller write it. */
class JobHarvestTest {
  private static Job job(Integer succeeded, String failedReason) {
    var b = new JobBuilder().withNewMetadata().withName("svc-x").endMetadata().withNewStatus();
    if (succeeded != null) {
      b.withSucceeded(succeeded);
    }
    if (failedReason != null) {
      b.addNewCondition()
          .withType("Failed")
          .withStatus("True")
          .withReason(failedReason)
          .endCondition();
    }
    return b.endStatus().build();
  }

  private static Pod terminated(String reason, String message) {
    return pod(
        new ContainerStateBuilder()
            .withNewTerminated()
            .withReason(reason)
            .withMessage(message)
            .withExitCode(0)
            .endTerminated()
            .build());
  }

  private static Pod waiting(String reason) {
    return pod(
        new ContainerStateBuilder().withNewWaiting().withReason(reason).endWaiting().build());
  }

  /** A scan pod whose "scan" container is in {@code state}. */
  private static Pod pod(ContainerState state) {
    return new PodBuilder()
        .withNewStatus()
        .withContainerStatuses(
            new ContainerStatusBuilder().withName("scan").withState(state).build())
        .endStatus()
        .build();
  }

  @Test
  void aSucceededJobHandsOverItsTerminationMessage() {
    var s = JobHarvest.inspect(job(1, null), List.of(terminated("Completed", "rr1;c=abc")));
    assertThat(s.phase()).isEqualTo(JobHarvest.Phase.FINISHED);
    assertThat(s.message()).isEqualTo("rr1;c=abc");
  }

  @Test
  void aFailedScanWithAResultIsFinishedSoItsOwnReasonIsRead() {
    var s =
        JobHarvest.inspect(
            job(null, "BackoffLimitExceeded"),
            List.of(terminated("Error", "rr1f;r=RemoteTimedOut")));
    assertThat(s.phase()).isEqualTo(JobHarvest.Phase.FINISHED);
    assertThat(s.message()).isEqualTo("rr1f;r=RemoteTimedOut");
  }

  @Test
  void thePodsOwnTroubleNamesTheFailure() {
    assertThat(JobHarvest.inspect(job(null, null), List.of(waiting("ImagePullBackOff"))).reason())
        .isEqualTo("ImagePullFailed");
    assertThat(
            JobHarvest.inspect(
                    job(null, "BackoffLimitExceeded"), List.of(terminated("OOMKilled", null)))
                .reason())
        .isEqualTo("OutOfMemory");
    assertThat(JobHarvest.inspect(job(null, "DeadlineExceeded"), List.of()).reason())
        .isEqualTo("ScanTimedOut");
  }

  @Test
  void aJobOverWithoutAResultIsTheMissingResultCase() {
    var s = JobHarvest.inspect(job(null, "BackoffLimitExceeded"), List.of());
    assertThat(s.reason()).isEqualTo("ScanError");
    assertThat(JobHarvest.resultMissing(s)).isTrue();
    assertThat(JobHarvest.inspect(job(null, null), List.of()).phase())
        .isEqualTo(JobHarvest.Phase.RUNNING);
  }
}
