package dev.readiness.operator.assessment;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.util.List;
import java.util.Set;

/** Reads what a scan Job and its pod say: still running, a termination message, or why it died. */
final class JobHarvest {
  private static final Set<String> PULL_FAILURES =
      Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull");

  private static final String NO_RESULT = "ScanError";

  private JobHarvest() {}

  /** The Job's state; {@code message} is the termination message when there is one. */
  record State(Phase phase, String reason, String message) {}

  enum Phase {
    RUNNING,
    FINISHED,
    FAILED
  }

  static State inspect(Job job, List<Pod> pods) {
    ContainerStatus cs = scanContainer(pods);
    ContainerStateTerminated term =
        cs != null && cs.getState() != null ? cs.getState().getTerminated() : null;
    ContainerStateWaiting waiting =
        cs != null && cs.getState() != null ? cs.getState().getWaiting() : null;
    if (waiting != null && PULL_FAILURES.contains(waiting.getReason())) {
      return new State(
          Phase.FAILED,
          "ImagePullFailed",
          "scanner image cannot be pulled: " + waiting.getReason());
    }
    if (term != null && "OOMKilled".equals(term.getReason())) {
      return new State(
          Phase.FAILED,
          "OutOfMemory",
          "scan pod ran out of memory; raise spec.scan.resources.limits.memory");
    }
    String jobFailure = failedCondition(job);
    if (jobFailure != null) {
      if ("DeadlineExceeded".equals(jobFailure)) {
        return new State(
            Phase.FAILED,
            "ScanTimedOut",
            "scan exceeded its deadline; raise spec.scan.timeoutSeconds");
      }
      if (term != null && term.getMessage() != null && !term.getMessage().isBlank()) {
        return new State(Phase.FINISHED, null, term.getMessage());
      }
      return new State(
          Phase.FAILED, NO_RESULT, "scan Job failed (" + jobFailure + ") without a result");
    }
    boolean succeeded =
        job.getStatus() != null
            && job.getStatus().getSucceeded() != null
            && job.getStatus().getSucceeded() > 0;
    if (succeeded) {
      return new State(Phase.FINISHED, null, term == null ? null : term.getMessage());
    }
    return new State(Phase.RUNNING, null, null);
  }

  /**
   * Whether the Job is over but no pod shows the scan container's result: the pods seen may be
   * older than the Job's final status.
   */
  static boolean resultMissing(State s) {
    return s.phase() == Phase.FINISHED && (s.message() == null || s.message().isBlank())
        || s.phase() == Phase.FAILED && NO_RESULT.equals(s.reason());
  }

  private static String failedCondition(Job job) {
    if (job.getStatus() == null || job.getStatus().getConditions() == null) {
      return null;
    }
    for (JobCondition c : job.getStatus().getConditions()) {
      if ("Failed".equals(c.getType()) && "True".equals(c.getStatus())) {
        return c.getReason() == null ? "Failed" : c.getReason();
      }
    }
    return null;
  }

  private static ContainerStatus scanContainer(List<Pod> pods) {
    for (Pod p : pods) {
      if (p.getStatus() == null || p.getStatus().getContainerStatuses() == null) {
        continue;
      }
      for (ContainerStatus cs : p.getStatus().getContainerStatuses()) {
        if ("scan".equals(cs.getName())) {
          return cs;
        }
      }
    }
    return null;
  }
}
