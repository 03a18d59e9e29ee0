package dev.readiness.result;

import dev.readiness.signals.Status;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts a scan Job hands back to the operator: raw signal outcomes, never a score. The operator
 * scores them against the policy, so a policy change needs no rescan.
 *
 * @param commit the scanned commit, 40 hex digits
 * @param commitTime when that commit was made
 * @param catalogVersion the rubric version the scanner evaluated
 * @param inputsHash the policy's scan-inputs hash (custom signals) the scan used
 * @param outcomes signal id to status, for catalog and custom signals
 * @param appTallies for app-scoped signals evaluated over two or more apps, how many passed
 * @param commits commits in the history window
 * @param agentCommits of those, commits authored or co-authored by coding agents
 * @param durationMs how long the scan took
 */
public record ScanResult(
    String commit,
    Instant commitTime,
    String catalogVersion,
    String inputsHash,
    Map<String, Status> outcomes,
    Map<String, AppTally> appTallies,
    int commits,
    int agentCommits,
    long durationMs)
    implements ScanOutcome {

  public ScanResult {
    outcomes = Map.copyOf(outcomes);
    appTallies = Map.copyOf(appTallies);
  }

  /** Share of recent commits by coding agents, 0..1. */
  public double agentShare() {
    return commits == 0 ? 0 : (double) agentCommits / commits;
  }

  /**
   * The outcomes under another app pass rate: app-scoped signals over several apps pass when at
   * least {@code appPassRate} percent of their applicable apps pass, exactly as the scanner
   * decides.
   */
  public static Map<String, Status> atAppPassRate(
      Map<String, Status> outcomes, Map<String, AppTally> tallies, int appPassRate) {
    Map<String, Status> out = new TreeMap<>(outcomes);
    tallies.forEach(
        (id, t) -> {
          if (out.containsKey(id) && t.applicable() > 0) {
            boolean pass = t.passed() * 100L >= (long) appPassRate * t.applicable();
            out.put(id, pass ? Status.PASS : Status.FAIL);
          }
        });
    return out;
  }

  /** Passing and applicable apps of one app-scoped signal. */
  public record AppTally(int passed, int applicable) {}
}
