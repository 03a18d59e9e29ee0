package dev.readiness.operator.it;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.Conditions;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.source.TempDirs;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.micrometer.core.instrument.Counter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Scale benchmark: N assessments (default 2,000) against the CRUD mock (or, with {@code
 * --real-apiserver}, the kube-apiserver from KUBE_API_TEST_DIR) with instant fake scans and the
 * chart's default cap of 5 ({@code --cap N} to change it). Prints the time until all are scored,
 * reconciles per second, the operator's API writes per scan, peak heap, and the time for a policy
 * edit to re-score all of them. With {@code --existing} the assessments are created before the
 * operator starts. Run it as docs/benchmarks.md shows.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  private static void printScored(
      int n,
      double createSeconds,
      double scoredSeconds,
      double reconciles,
      int cap,
      OperatorHarness h) {
    print("assessments", n);
    print("create_all_s", createSeconds);
    print("all_scored_s", scoredSeconds);
    print("reconciles_per_s", reconciles / scoredSeconds);
    print("cap", cap);
    print("max_concurrent_scans", h.kubelet.maxActive);
  }

  /**
   * Edits the policy and times until every status records the new policy hash (every canned scan
   * passes every signal, so the level cannot show the edit), then prints the Jobs and the heap.
   */
  private static void rescore(
      OperatorHarness h, SharedIndexInformer<RepositoryAssessment> seen, int n) throws Exception {
    String before = seen.getStore().list().get(0).getStatus().policyHash();
    long editStart = System.nanoTime();
    h.policy(new PolicySpec(3, null, List.of(0, 0, 0, 0, 0), 0, null, null, null, null));
    run(
        Duration.ofMinutes(10),
        () -> count(seen, s -> s.policyHash() != null && !s.policyHash().equals(before)) == n);
    print("rescore_all_s", (System.nanoTime() - editStart) / 1e9);
    print("scan_jobs_created", h.kubelet.seen.size());
    // the sum of per-pool peaks bounds the heap from above (pools peak at different times);
    // the live set after a full collection, with 2,000 scored assessments cached, is what the
    // operator, the mock or watches and the fake kubelet in this JVM actually hold
    print("peak_heap_mib", peakHeap() / (1024.0 * 1024));
    print("live_heap_after_gc_mib", liveHeapAfterGc() / (1024.0 * 1024));
    print("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
    boolean real = flags.contains("--real-apiserver");
    // --existing: the assessments are there before the operator starts (an install or upgrade on
    // a cluster that already has them), so the clock measures the operator alone
    boolean existing = flags.contains("--existing");
    int cap = flags.contains("--cap") ? Integer.parseInt(flags.get(flags.indexOf("--cap") + 1)) : 5;
    Path tmp = Files.createTempDirectory("readiness-scale");
    GitFixture repo = new GitFixture(tmp.resolve("repo"));
    LocalApiServer local = real ? LocalApiServer.start(System.getenv("KUBE_API_TEST_DIR")) : null;
    print("real_apiserver", real ? 1 : 0);
    print("existing", existing ? 1 : 0);
    try (OperatorHarness h =
        real ? new OperatorHarness(tmp, local.newClient()) : new OperatorHarness(tmp)) {
      WriteCounter writes = new WriteCounter();
      if (real) {
        h.operatorClient = writes.client(local.server.getKubeConfigYaml());
      }
      h.policy(new PolicySpec(3, null, null, null, null, null, null, null));
      double createSeconds = existing ? createAll(h, repo, n) : 0;
      long start = System.nanoTime();
      // the production queue recheck: finished scans wake the next waiter, polling is the backstop
      h.start(cap, Map.of("READINESS_QUEUE_RECHECK_MILLIS", "15000"));
      h.kubelet.mode = j -> FakeKubelet.Mode.CANNED;
      h.kubelet.watch(16);
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        p.resetPeakUsage();
      }
      // the benchmark watches like a dashboard would, instead of listing 2,000 objects repeatedly
      SharedIndexInformer<RepositoryAssessment> seen =
          h.client.resources(RepositoryAssessment.class).inNamespace(OperatorHarness.NS).inform();
      if (!existing) {
        createSeconds = createAll(h, repo, n);
      }
      run(Duration.ofMinutes(15), () -> progress(seen, h) == n);
      long ready = System.nanoTime();
      double reconciles = reconciles(h);
      printScored(n, createSeconds, (ready - start) / 1e9, reconciles, cap, h);
      if (real) {
        print("operator_writes_per_scan", writes.total() / (double) h.kubelet.seen.size());
        System.out.println("operator_writes_by_kind   " + writes.byKind());
      }
      rescore(h, seen, n);
    } finally {
      if (local != null) {
        local.close();
      }
      TempDirs.delete(tmp, false);
    }
  }

  /** Creates the assessments one after another, as {@code kubectl apply} would; returns seconds. */
  private static double createAll(OperatorHarness h, GitFixture repo, int n) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      h.assessment("repo-" + i, repo.url(), null, "team-" + (i % 10));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static long count(
      SharedIndexInformer<RepositoryAssessment> seen, Predicate<AssessmentStatus> p) {
    return seen.getStore().list().stream()
        .filter(a -> a.getStatus() != null && p.test(a.getStatus()))
        .count();
  }

  /** How many are scored; every ten seconds also prints the counts to stderr, to see a stall. */
  private static long progress(SharedIndexInformer<RepositoryAssessment> seen, OperatorHarness h) {
    long scored = count(seen, ScaleBenchmark::readyAndScored);
    long now = System.nanoTime() / 10_000_000_000L;
    if (now != lastProgress) {
      lastProgress = now;
      System.err.printf(
          Locale.ROOT,
          "progress: seen %d, scored %d, jobs %d, handled %d%n",
          seen.getStore().list().size(),
          scored,
          h.kubelet.seen.size(),
          h.kubelet.handled.size());
    }
    return scored;
  }

  private static long lastProgress;

  /** Waits until {@code done}; the watching fake kubelet finishes Jobs meanwhile. */
  private static void run(Duration timeout, BooleanSupplier done) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not done within " + timeout);
      }
      Thread.sleep(100);
    }
  }

  private static double reconciles(OperatorHarness h) {
    return h.registry.getMeters().stream()
        .filter(
            m -> m instanceof Counter && m.getId().getName().contains("reconciliations.started"))
        .mapToDouble(m -> ((Counter) m).count())
        .sum();
  }

  /**
   * Scored and reporting Ready=True, as {@code kubectl wait --for=condition=Ready} would see it.
   */
  private static boolean readyAndScored(AssessmentStatus s) {
    return s.level() != null
        && s.conditions() != null
        && s.conditions().stream()
            .anyMatch(
                c -> Conditions.READY.equals(c.getType()) && Conditions.TRUE.equals(c.getStatus()));
  }

  private static long liveHeapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void print(String name, double value) {
    System.out.println(String.format(Locale.ROOT, "%-24s %.2f", name, value));
  }
}
