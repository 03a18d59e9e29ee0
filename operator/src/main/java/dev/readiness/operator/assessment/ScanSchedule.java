package dev.readiness.operator.assessment;

import dev.readiness.operator.api.AssessmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to look at the remote and when to scan: pure decisions over the stored status and the time,
 * tested with a fixed clock.
 */
public record ScanSchedule(Duration interval, Duration pollInterval) {
  static final Duration BACKOFF_BASE = Duration.ofMinutes(1);
  static final Duration BACKOFF_MAX = Duration.ofHours(6);

  /** Whether to resolve the ref again now. */
  public boolean pollDue(AssessmentStatus status, boolean specChanged, Instant now) {
    if (status == null
        || status.lastPollTime() == null
        || status.latestCommit() == null
        || specChanged) {
      return true;
    }
    return !Instant.parse(status.lastPollTime()).plus(pollInterval).isAfter(now);
  }

  /**
   * Why a scan of {@code commit} with these inputs is due, or empty when the stored result is
   * current.
   */
  public Optional<String> scanReason(
      AssessmentStatus status, String commit, String inputsHash, String catalog, Instant now) {
    if (status == null || status.signals() == null || status.lastScanTime() == null) {
      return Optional.of("NeverScanned");
    }
    if (!commit.equals(status.commit())) {
      return Optional.of("NewCommit");
    }
    if (!inputsHash.equals(status.scanInputsHash())) {
      return Optional.of("CustomSignalsChanged");
    }
    if (!catalog.equals(status.catalogVersion())) {
      return Optional.of("CatalogChanged");
    }
    if (!Instant.parse(status.lastScanTime()).plus(interval).isAfter(now)) {
      return Optional.of("IntervalElapsed");
    }
    return Optional.empty();
  }

  /**
   * When a failed scan of the same commit and inputs may be tried again: one minute after the first
   * failure, doubling up to six hours. Null when there is nothing to wait for.
   */
  public static Instant retryAt(AssessmentStatus.LastAttempt last, String commit, String inputs) {
    if (last == null
        || last.attempts() == 0
        || last.finishTime() == null
        || !commit.equals(last.commit())
        || !inputs.equals(last.inputsHash())) {
      return null;
    }
    return Instant.parse(last.finishTime()).plus(backoff(last.attempts()));
  }

  static Duration backoff(int attempts) {
    int shift = Math.min(Math.max(attempts - 1, 0), 20);
    Duration d = BACKOFF_BASE.multipliedBy(1L << shift);
    return d.compareTo(BACKOFF_MAX) > 0 ? BACKOFF_MAX : d;
  }

  /** The next moment anything is due: the next poll or the next interval scan. */
  public Instant nextCheck(AssessmentStatus status, Instant now) {
    Instant poll =
        status == null || status.lastPollTime() == null
            ? now
            : Instant.parse(status.lastPollTime()).plus(pollInterval);
    Instant scan =
        status == null || status.lastScanTime() == null
            ? now
            : Instant.parse(status.lastScanTime()).plus(interval);
    return poll.isBefore(scan) ? poll : scan;
  }
}
