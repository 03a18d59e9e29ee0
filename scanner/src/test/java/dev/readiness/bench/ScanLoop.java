package dev.readiness.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scans one synthetic repository over and over, for a profiler to watch: {@code ScanLoop DIR
 * [FILES] [ROUNDS]} generates DIR on first use and keeps it.
 */
public final class ScanLoop {
  private ScanLoop() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    if (!Files.isDirectory(dir)) {
      new SyntheticRepo().write(dir, files);
      ScanBenchmark.commit(dir);
    }
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      ScanBenchmark.scan(dir);
      System.out.printf("scan %d: %d ms%n", i, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
