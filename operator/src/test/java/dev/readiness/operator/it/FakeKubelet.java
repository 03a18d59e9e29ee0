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
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    /** A canned result on a pod the operator's pod watch never shows: that watch lags. */
    UNWATCHED_POD,
    HOLD
  }

  private final KubernetesClient client;
  private final Path scratch;
  volatile Function<Job, Mode> mode = j -> Mode.SCAN;

  /** How long a watched Job's pod "runs" before it finishes (see {@link #watch}). */
  volatile Function<Job, Duration> runTime = j -> Duration.ZERO;

  /** Uids of every scan Job ever created. */
  final Set<String> seen = ConcurrentHashMap.newKeySet();

  final Set<String> handled = ConcurrentHashMap.newKeySet();
  volatile int maxActive;
  private final Set<String> active = ConcurrentHashMap.newKeySet();
  private final List<SharedIndexInformer<Job>> informers = new ArrayList<>();

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
    active.retainAll(
        jobs.stream()
            .filter(j -> !JobCache.finished(j))
            .map(j -> j.getMetadata().getUid())
            .toList());
    List<Callable<Void>> work = new ArrayList<>();
    for (Job job : jobs) {
      Callable<Void> w = take(job);
      if (w != null) {
        work.add(w);
      }
    }
    for (Callable<Void> w : work) {
      w.call();
    }
    return work.size();
  }

  /**
   * Watches scan Jobs and finishes each on one of {@code nodes} threads as it appears, the way a
   * cluster's Job controller and kubelets would, instead of listing every Job on each pass: for
   * benchmarks, where the fake's own requests would otherwise load the API server.
   */
  void watch(int nodes) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            nodes,
            r -> {
              Thread t = new Thread(r, "fake-node");
              t.setDaemon(true);
              return t;
            });
    var informer =
        client
            .batch()
            .v1()
            .jobs()
            .inAnyNamespace()
            .withLabel(ScanJobs.MANAGED_BY, ScanJobs.OPERATOR)
            .inform(
                new ResourceEventHandler<Job>() {
                  @Override
                  public void onAdd(Job job) {
                    onUpdate(null, job);
                  }

                  @Override
                  public void onUpdate(Job before, Job job) {
                    Callable<Void> w = take(job);
                    if (w != null) {
                      Duration runs = runTime.apply(job);
                      pool.execute(
                          () -> {
                            try {
                              Thread.sleep(runs.toMillis());
                              w.call();
                            } catch (Exception e) {
                              e.printStackTrace(); // a benchmark run then never completes
                            }
                          });
                    }
                  }

                  @Override
                  public void onDelete(Job job, boolean unknownFinalState) {
                    active.remove(job.getMetadata().getUid());
                  }
                });
    informers.add(informer);
  }

  /** Records a Job as seen and returns the work that finishes it, or null when there is none. */
  private synchronized Callable<Void> take(Job job) {
    String uid = job.getMetadata().getUid();
    seen.add(uid);
    if (JobCache.finished(job)) {
      active.remove(uid);
      return null;
    }
    active.add(uid);
    maxActive = Math.max(maxActive, active.size());
    if (handled.contains(uid)) {
      return null;
    }
    Mode m = mode.apply(job);
    if (m == Mode.HOLD) {
      return null;
    }
    handled.add(uid);
    return () -> {
      finish(job, m);
      return null;
    };
  }

  void close() {
    informers.forEach(SharedIndexInformer::close);
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
      case UNWATCHED_POD -> {
        pod(job, "Completed", 0, canned(job), null, ScanJobs.MANAGED_BY);
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
    pod(job, terminated, exit, message, waiting, null);
  }

  /** A pod as the kubelet reports it, without the label {@code dropLabel} when not null. */
  private void pod(
      Job job, String terminated, int exit, String message, String waiting, String dropLabel) {
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
            .withLabels(podLabels(job, dropLabel))
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
    // a real API server drops status on create, as the kubelet would write it afterwards
    var status = pod.getStatus();
    Pod created = createPod(pod);
    created.setStatus(status);
    client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(created).updateStatus();
  }

  /** The Job controller's pod labels: the template's, plus job-name and controller-uid. */
  private static Map<String, String> podLabels(Job job, String dropLabel) {
    Map<String, String> labels = new HashMap<>();
    var template = job.getSpec().getTemplate().getMetadata();
    if (template != null && template.getLabels() != null) {
      labels.putAll(template.getLabels());
    }
    if (dropLabel != null) {
      labels.remove(dropLabel);
    }
    labels.put("job-name", job.getMetadata().getName());
    labels.put("controller-uid", job.getMetadata().getUid());
    return labels;
  }

  /**
   * Creates the pod; the mock has no garbage collector, so a pod left by an earlier Job of the same
   * name is removed first.
   */
  private Pod createPod(Pod pod) {
    var pods = client.pods().inNamespace(pod.getMetadata().getNamespace());
    try {
      return pods.resource(pod).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      pods.withName(pod.getMetadata().getName()).withGracePeriod(0).delete();
      return pods.resource(pod).create();
    }
  }

  /** The Job controller's status write: a merge patch of the status, no read first. */
  private void status(Job job, boolean succeeded, String failReason) {
    Job patch =
        new JobBuilder()
            .withNewMetadata()
            .withName(job.getMetadata().getName())
            .withNamespace(job.getMetadata().getNamespace())
            .endMetadata()
            .withStatus(
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
                    .build())
            .build();
    try {
      client
          .batch()
          .v1()
          .jobs()
          .inNamespace(job.getMetadata().getNamespace())
          .resource(patch)
          .patchStatus();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
      // deleted meanwhile, as a real Job controller may find too
    }
  }
}
