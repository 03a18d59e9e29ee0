package dev.readiness.result;

import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import dev.readiness.signals.Status;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Reduces a full report to the facts the operator needs. */
public final class ScanResults {
  private ScanResults() {}

  /**
   * The result of a report of a git commit; {@code inputsHash} is the policy's scan-inputs hash.
   */
  public static ScanResult of(Report report, String inputsHash) {
    Map<String, Status> outcomes = new TreeMap<>();
    Map<String, ScanResult.AppTally> tallies = new TreeMap<>();
    for (SignalResult s : report.signals()) {
      outcomes.put(s.id(), s.status());
      if (s.apps() != null && s.apps().size() > 1) {
        int applicable = (int) s.apps().values().stream().filter(Status::applicable).count();
        int passed = (int) s.apps().values().stream().filter(st -> st == Status.PASS).count();
        if (applicable > 0) {
          tallies.put(s.id(), new ScanResult.AppTally(passed, applicable));
        }
      }
    }
    Report.HistoryInfo h = report.history();
    String time = report.repository().commitTime();
    return new ScanResult(
        report.repository().commit(),
        time == null ? Instant.EPOCH : Instant.parse(time),
        report.catalogVersion(),
        inputsHash,
        outcomes,
        tallies,
        h == null ? 0 : h.commits(),
        h == null ? 0 : h.agentCommits(),
        report.durationMs());
  }
}
