package dev.readiness.bench;

import dev.readiness.catalog.Catalog;
import dev.readiness.engine.Report;
import dev.readiness.engine.Scanner;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.source.GitCloner;
import dev.readiness.source.GitCredentials;
import dev.readiness.source.Target;
import dev.readiness.source.TempDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Scanner benchmark: read floor vs full scan and peak heap on a synthetic 50,000-file repository, a
 * 1,000-file scan in a warm JVM, and JGit clone against {@code git clone --depth 1}.
 *
 * <p>Run it as docs/benchmarks.md shows; it prints one line per figure.
 */
public final class ScanBenchmark {
  private static final Scanner SCANNER = new Scanner(Catalog.defaults(), Clock.systemUTC());

  private ScanBenchmark() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path work = Files.createTempDirectory("readiness-bench");
    try {
      Path big = work.resolve("big");
      long bytes = new SyntheticRepo().write(big, files);
      commit(big);
      print("files", files);
      print("bytes_mib", bytes / (1024.0 * 1024));
      bigRepo(big);
      warmSmallRepo(work.resolve("small"));
      clones(big, work);
    } finally {
      TempDirs.delete(work, false);
    }
  }

  private static void bigRepo(Path big) throws IOException {
    readFloor(big); // warm the page cache and the JIT for the floor
    readFloor(big);
    long floor = median(3, () -> readFloor(big));
    scan(big); // warm-up
    resetPeaks();
    long scan = median(3, () -> scan(big));
    print("read_floor_ms", floor);
    print("scan_ms", scan);
    print("scan_over_floor", (double) scan / Math.max(1, floor));
    print("peak_heap_mib", peakHeap() / (1024.0 * 1024));
    print("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
  }

  private static void warmSmallRepo(Path small) throws Exception {
    new SyntheticRepo().write(small, 1_000);
    commit(small);
    for (int i = 0; i < 10; i++) {
      scan(small);
    }
    print("warm_scan_1k_files_ms", median(9, () -> scan(small)));
  }

  private static void clones(Path big, Path work) throws Exception {
    String url = "file://" + big.toAbsolutePath();
    long jgit =
        median(
            3,
            () -> {
              Path dir = work.resolve("jgit-" + System.nanoTime());
              try {
                new GitCloner(Duration.ofMinutes(10), Long.MAX_VALUE, 180)
                    .cloneInto(Target.parse(url), null, dir, GitCredentials.none(), false);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              } finally {
                TempDirs.delete(dir, false);
              }
            });
    long git =
        median(
            3,
            () -> {
              Path dir = work.resolve("git-" + System.nanoTime());
              run(work, "git", "clone", "-q", "--depth", "1", url, dir.toString());
              TempDirs.delete(dir, false);
            });
    print("clone_jgit_ms", jgit);
    print("clone_git_depth1_ms", git);
  }

  /**
   * Walks the work tree as the scanner does (never into .git, whose loose objects after a fresh
   * commit outnumber the files) and reads every regular file once, in parallel.
   */
  private static void readFloor(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.endsWith(".git") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.parallelStream().mapToLong(ScanBenchmark::readAll).sum() == 0) {
      throw new IllegalStateException("nothing read");
    }
  }

  private static long readAll(Path p) {
    try {
      return Files.readAllBytes(p).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void scan(Path root) {
    Report report = SCANNER.scan(root, "bench", null, EffectivePolicy.defaults(), s -> {});
    if (report.scan().files() == 0) {
      throw new IllegalStateException("scan saw no files");
    }
  }

  private static long median(int runs, Runnable task) {
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      task.run();
      times[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of per-pool peaks: an upper bound of the heap in use at any one moment. */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static void commit(Path dir) {
    run(dir, "git", "init", "-q", "-b", "main");
    run(dir, "git", "add", "-A");
    run(
        dir,
        "git",
        "-c",
        "user.name=bench",
        "-c",
        "user.email=bench@example.com",
        "commit",
        "-q",
        "-m",
        "synthetic");
  }

  private static void run(Path dir, String... command) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void print(String name, double value) {
    System.out.println(String.format(Locale.ROOT, "%-24s %.2f", name, value));
  }
}
