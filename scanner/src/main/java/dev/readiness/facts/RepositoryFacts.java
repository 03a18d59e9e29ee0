package dev.readiness.facts;

import dev.readiness.secrets.SecretFinding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything collected from one repository, once, before any signal is evaluated. Signals are pure
 * functions of this record.
 *
 * @param contents the kept text of configuration, build and documentation files, by path
 * @param probes probe keyword to its hits, one per file, sorted by path
 * @param now the reference time for history windows
 */
public record RepositoryFacts(
    FileIndex files,
    Map<String, String> contents,
    Map<String, List<ProbeHit>> probes,
    List<Manifest> manifests,
    List<App> apps,
    Optional<GitHistory> history,
    List<SecretFinding> secrets,
    Set<String> submodules,
    ScanCounts counts,
    Instant now) {

  /** The kept text of a file, or null when the file is absent or its text was not kept. */
  public String text(String path) {
    return contents.get(path);
  }

  public List<ProbeHit> probe(String keyword) {
    if (!Probes.isProbe(keyword)) {
      throw new IllegalArgumentException("not a registered probe keyword: " + keyword);
    }
    return probes.getOrDefault(keyword, List.of());
  }
}
