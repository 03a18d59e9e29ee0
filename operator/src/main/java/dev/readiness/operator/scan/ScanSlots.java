package dev.readiness.operator.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cluster-wide cap on running scans. It counts Jobs the cache shows as active plus Jobs this
 * operator created that the cache does not show yet, under one lock, so that concurrent reconciles
 * can never overshoot. Waiting assessments are served oldest-due first.
 */
public final class ScanSlots {
  private static final Duration PENDING_TTL = Duration.ofMinutes(2);
  private static final Duration WAITER_TTL = Duration.ofMinutes(5);

  /** What the informer cache knows about scan Jobs, keyed "namespace/name". */
  public interface JobView {
    Set<String> active();

    boolean known(String jobKey);
  }

  private final int cap;
  private final JobView jobs;
  private final Clock clock;
  private final Map<String, Instant> pending = new HashMap<>();
  private final Map<String, Waiter> waiting = new HashMap<>();

  private record Waiter(Instant due, Instant seen) {}

  public ScanSlots(int cap, JobView jobs, Clock clock) {
    this.cap = cap;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * Takes a slot for {@code jobKey} when one is free and no assessment that was due earlier is
   * waiting for it; otherwise records the assessment as waiting.
   */
  public synchronized boolean tryAcquire(String assessmentKey, Instant due, String jobKey) {
    Instant now = clock.instant();
    Set<String> active = jobs.active();
    if (active.contains(jobKey) || pending.containsKey(jobKey)) {
      waiting.remove(assessmentKey);
      return true; // already running: creating it again is a no-op
    }
    pending
        .entrySet()
        .removeIf(e -> jobs.known(e.getKey()) || e.getValue().plus(PENDING_TTL).isBefore(now));
    waiting.entrySet().removeIf(e -> e.getValue().seen().plus(WAITER_TTL).isBefore(now));
    waiting.put(assessmentKey, new Waiter(due, now));
    int free = cap - active.size() - pending.size();
    if (free <= 0 || aheadOf(assessmentKey, due) >= free) {
      return false;
    }
    waiting.remove(assessmentKey);
    pending.put(jobKey, now);
    return true;
  }

  /** Gives back a slot whose Job could not be created. */
  public synchronized void cancel(String jobKey) {
    pending.remove(jobKey);
  }

  /** Forgets an assessment that was deleted or no longer needs a scan. */
  public synchronized void forget(String assessmentKey) {
    waiting.remove(assessmentKey);
  }

  public synchronized int running() {
    return jobs.active().size()
        + (int) pending.keySet().stream().filter(k -> !jobs.known(k)).count();
  }

  public synchronized int queued() {
    return waiting.size();
  }

  public int cap() {
    return cap;
  }

  /** How many waiters were due before this one (ties broken by key). */
  private int aheadOf(String key, Instant due) {
    Comparator<Map.Entry<String, Waiter>> order =
        Comparator.comparing((Map.Entry<String, Waiter> e) -> e.getValue().due())
            .thenComparing(Map.Entry::getKey);
    Map.Entry<String, Waiter> me = Map.entry(key, new Waiter(due, Instant.EPOCH));
    return (int) waiting.entrySet().stream().filter(e -> order.compare(e, me) < 0).count();
  }
}
