package dev.readiness.operator.it;

import dev.readiness.catalog.Catalog;
import dev.readiness.cli.ReadinessCli;
import dev.readiness.operator.scan.JobCache;
import dev.readiness.operator.scan.ScanJobs;
import dev.readiness.result.ResultCodec;
import dev.readiness.result.ScanResult;
import dev.readiness.signals.Status;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Plays the Job controller and the kubelet the CRUD mock lacks: for each new scan Job it creates
 * the pod and finishes it the way the test asks, by default by running the real scanner CLI with
 * the Job's own arguments.
 */
final class FakeKubelet {
  enum Mode {
    SCAN,
    OUT_OF_MEMORY,
    DEADLINE,
    IMAGE_PULL,
    GARBAGE,
    CANNED,
    HOLD
  }

  private final KubernetesClient client;
  private final Path scratch;
  volatile Function<Job, Mode> mode = j -> Mode.SCAN;

  /** Uids of every scan Job ever created. */
  final Set<String> seen = ConcurrentHashMap.newKeySet();

  final Set<String> handled = ConcurrentHashMap.newKeySet();
  volatile int maxActive;
  private ExecutorService nodes;

  FakeKubelet(KubernetesClient client, Path scratch) {
    this.client = client;
    this.scratch = scratch;
  }

  List<Job> jobs() {
    return client
        .batch()
        .v1()
        .jobs()
        .inAnyNamespace()
        .withLabel(ScanJobs.MANAGED_BY, ScanJobs.OPERATOR)
        .list()
        .getItems();
  }

  /** One pass over every scan Job; returns how many it finished. */
  synchronized int runOnce() throws Exception {
    List<Job> jobs = jobs();
    int active = (int) jobs.stream().filter(j -> !JobCache.finished(j)).count();
    maxActive = Math.max(maxActive, active);
    List<Callable<Void>> work = new ArrayList<>();
    for (Job job : jobs) {
      seen.add(job.getMetadata().getUid());
      if (JobCache.finished(job) || handled.contains(job.getMetadata().getUid())) {
        continue;
      }
      Mode m = mode.apply(job);
      if (m == Mode.HOLD) {
        continue;
      }
      handled.add(job.getMetadata().getUid());
      work.add(
          () -> {
            finish(job, m);
            return null;
          });
    }
    if (nodes == null) {
      for (Callable<Void> w : work) {
        w.call();
      }
    } else {
      for (Future<Void> f : nodes.invokeAll(work)) {
        f.get();
      }
    }
    return work.size();
  }

  /**
   * Finishes Jobs on {@code n} threads, as a cluster's nodes would, instead of one at a time: for
   * benchmarks against a real API server, where each write waits for etcd.
   */
  void parallel(int n) {
    nodes =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "fake-node");
              t.setDaemon(true);
              return t;
            });
  }

  private void finish(Job job, Mode m) throws Exception {
    switch (m) {
      case SCAN -> {
        String message = runScanner(job);
        pod(job, "Completed", 0, message, null);
        status(job, true, null);
      }
      case OUT_OF_MEMORY -> {
        pod(job, "OOMKilled", 137, "", null);
        status(job, false, "BackoffLimitExceeded");
      }
      case DEADLINE -> status(job, false, "DeadlineExceeded");
      case IMAGE_PULL -> pod(job, null, 0, null, "ImagePullBackOff");
      case CANNED -> {
        pod(job, "Completed", 0, canned(job), null);
        status(job, true, null);
      }
      case GARBAGE -> {
        pod(job, "Completed", 0, "panic: something went wrong", null);
        status(job, true, null);
      }
      default -> throw new IllegalStateException(m.name());
    }
  }

  /** An instant result for the Job's commit: every catalog signal passes. */
  static String canned(Job job) {
    var meta = job.getMetadata().getAnnotations();
    Map<String, Status> outcomes = new HashMap<>();
    Catalog.defaults().signals().forEach(d -> outcomes.put(d.id(), Status.PASS));
    return new ResultCodec(Catalog.defaults())
        .encode(
            new ScanResult(
                meta.get(ScanJobs.COMMIT_ANNOTATION),
                Instant.now(),
                Catalog.defaults().version(),
                meta.get(ScanJobs.INPUTS_ANNOTATION),
                outcomes,
                Map.of(),
                10,
                2,
                5),
            List.of());
  }

  /**
   * Runs the real CLI with the container's arguments; the result file stands in for
   * /dev/termination-log.
   */
  private String runScanner(Job job) throws Exception {
    Path result = Files.createTempFile(scratch, "termination-", ".log");
    List<String> args =
        new ArrayList<>(job.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
    args.replaceAll(a -> a.equals("/dev/termination-log") ? result.toString() : a);
    args.add(0, "scan"); // the image's entrypoint (images/scanner.Dockerfile)
    ReadinessCli.run(
        args.toArray(String[]::new),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    return Files.readString(result);
  }

  private void pod(Job job, String terminated, int exit, String message, String waiting) {
    var cs =
        new ContainerStatusBuilder()
            .withName("scan")
            .withImage("scanner")
            .withReady(false)
            .withRestartCount(0);
    if (waiting != null) {
      cs.withNewState().withNewWaiting().withReason(waiting).endWaiting().endState();
    } else {
      cs.withNewState()
          .withNewTerminated()
          .withReason(terminated)
          .withExitCode(exit)
          .withMessage(message)
          .endTerminated()
          .endState();
    }
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(job.getMetadata().getName() + "-pod")
            .withNamespace(job.getMetadata().getNamespace())
            .withLabels(Map.of("job-name", job.getMetadata().getName()))
            .addNewOwnerReference()
            .withApiVersion("batch/v1")
            .withKind("Job")
            .withName(job.getMetadata().getName())
            .withUid(job.getMetadata().getUid())
            .withController(true)
            .endOwnerReference()
            .endMetadata()
            .withSpec(job.getSpec().getTemplate().getSpec())
            .withNewStatus()
            .withPhase(waiting != null ? "Pending" : exit == 0 ? "Succeeded" : "Failed")
            .withContainerStatuses(cs.build())
            .endStatus()
            .build();
    // the mock has no garbage collector: remove the pod of an earlier Job of the same name
    client
        .pods()
        .inNamespace(pod.getMetadata().getNamespace())
        .withLabel("job-name", job.getMetadata().getName())
        .delete();
    // a real API server drops status on create, as the kubelet would write it afterwards
    var status = pod.getStatus();
    Pod created =
        client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).create();
    created.setStatus(status);
    client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(created).updateStatus();
  }

  private void status(Job job, boolean succeeded, String failReason) {
    Job fresh =
        client
            .batch()
            .v1()
            .jobs()
            .inNamespace(job.getMetadata().getNamespace())
            .withName(job.getMetadata().getName())
            .get();
    if (fresh == null) {
      return;
    }
    fresh.setStatus(
        new JobStatusBuilder()
            .withSucceeded(succeeded ? 1 : 0)
            .withFailed(succeeded ? 0 : 1)
            .withActive(0)
            .withConditions(
                new JobConditionBuilder()
                    .withType(succeeded ? "Complete" : "Failed")
                    .withStatus("True")
                    .withReason(failReason)
                    .build())
            .build());
    try {
      client
          .batch()
          .v1()
          .jobs()
          .inNamespace(fresh.getMetadata().getNamespace())
          .resource(fresh)
          .updateStatus();
    } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
      // deleted meanwhile, as a real Job controller may find too
    }
  }
}
