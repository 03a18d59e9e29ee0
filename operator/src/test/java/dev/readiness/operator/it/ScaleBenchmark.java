package dev.readiness.operator.it;

import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.scoring.PolicySpec;
import io.micrometer.core.instrument.Counter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Scale benchmark: N assessments (default 2,000) against the CRUD mock with instant fake scans and
 * a cap of 50. Prints the time until all are scored, reconciles per second, peak heap, and the time
 * for a policy edit to re-score all of them. Run it as docs/benchmarks.md shows.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path tmp = Files.createTempDirectory("readiness-scale");
    GitFixture repo = new GitFixture(tmp.resolve("repo"));
    try (OperatorHarness h = new OperatorHarness(tmp)) {
      h.start(50);
      h.kubelet.mode = j -> FakeKubelet.Mode.CANNED;
      h.policy(new PolicySpec(3, null, null, null, null, null, null, null));
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        p.resetPeakUsage();
      }
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        h.assessment("repo-" + i, repo.url(), null, "team-" + (i % 10));
      }
      long created = System.nanoTime();
      h.until(Duration.ofMinutes(15), () -> count(h, s -> s.level() != null) == n);
      long ready = System.nanoTime();
      double reconciles = reconciles(h);
      print("assessments", n);
      print("create_all_s", (created - start) / 1e9);
      print("all_scored_s", (ready - start) / 1e9);
      print("reconciles_per_s", reconciles / ((ready - start) / 1e9));
      print("max_concurrent_scans", h.kubelet.maxActive);
      long editStart = System.nanoTime();
      h.policy(new PolicySpec(3, null, List.of(0, 0, 0, 0, 0), 0, null, null, null, null));
      h.until(
          Duration.ofMinutes(10), () -> count(h, s -> s.level() != null && s.level() == 5) == n);
      print("rescore_all_s", (System.nanoTime() - editStart) / 1e9);
      print("scan_jobs_created", h.kubelet.seen.size());
      print("peak_heap_mib", peakHeap() / (1024.0 * 1024));
    }
  }

  private static long count(
      OperatorHarness h,
      java.util.function.Predicate<dev.readiness.operator.api.AssessmentStatus> p) {
    return h
        .client
        .resources(RepositoryAssessment.class)
        .inNamespace(OperatorHarness.NS)
        .list()
        .getItems()
        .stream()
        .filter(a -> a.getStatus() != null && p.test(a.getStatus()))
        .count();
  }

  private static double reconciles(OperatorHarness h) {
    return h.registry.getMeters().stream()
        .filter(
            m -> m instanceof Counter && m.getId().getName().contains("reconciliations.started"))
        .mapToDouble(m -> ((Counter) m).count())
        .sum();
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
