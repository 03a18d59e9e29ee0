package dev.readiness.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scans one synthetic repository over and over, for a profiler to watch or to time two builds
 * against each other (put either build's jar first on the class path): {@code ScanLoop DIR [FILES]
 * [ROUNDS]} generates DIR on first use and keeps it, and prints each scan's wall and process CPU
 * time. On a shared machine CPU time moves less than wall time, but both move.
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
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < rounds; i++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      ScanBenchmark.scan(dir);
      System.out.printf(
          "scan %d: %d ms wall, %d ms cpu%n",
          i, (System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000);
    }
  }
}
