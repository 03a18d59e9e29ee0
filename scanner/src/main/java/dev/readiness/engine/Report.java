package dev.readiness.engine;

import dev.readiness.scoring.Score;
import java.util.List;
import java.util.Map;

/**
 * A scan report: the stable JSON contract documented in docs/report-format.md. Field order is the
 * serialization order.
 */
public record Report(
    int schemaVersion,
    String catalogVersion,
    String policyHash,
    RepositoryInfo repository,
    ScoreSummary score,
    List<Score.PillarScore> pillars,
    List<ProcessArea> processes,
    List<SignalResult> signals,
    List<AppInfo> apps,
    ScanInfo scan,
    HistoryInfo history,
    long durationMs) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * Where the scanned tree came from; {@code commit} and {@code commitTime} (ISO-8601 UTC) are null
   * outside git.
   */
  public record RepositoryInfo(String source, String commit, String commitTime, String ref) {}

  /**
   * The score without the pillar list (which is top-level); {@code levelGates} explains the level.
   */
  public record ScoreSummary(
      int points,
      int maxPoints,
      int level,
      String levelName,
      Map<String, Double> levelPassRates,
      Score.NextLevel nextLevel,
      List<Score.LevelGate> levelGates) {}

  /** Signals tagged with one of the white paper's process areas. */
  public record ProcessArea(String id, int passed, int applicable, List<String> signals) {}

  /**
   * An application and its app-scoped outcomes.
   *
   * @param manifest the path of its first manifest (package.json, pom.xml, ...), or null
   */
  public record AppInfo(
      String id,
      String name,
      String manifest,
      String kind,
      List<String> ecosystems,
      List<String> languages,
      Map<String, String> signals) {}

  /** What the scan saw, so that nothing is skipped silently. */
  public record ScanInfo(
      int files,
      int analyzed,
      int binary,
      int oversize,
      int symlinks,
      int lfsPointers,
      int unreadable,
      int vendored,
      int generated,
      List<String> submodules,
      int secretFindings) {}

  /** Git facts: the share of agent-authored work (the autonomy ratio). */
  public record HistoryInfo(
      int windowDays,
      int commits,
      int agentCommits,
      double agentShare,
      List<String> agents,
      boolean shallow) {}
}
