package dev.readiness.operator.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cluster-wide cap on running scans. It counts Jobs the cache shows as active plus Jobs this
 * operator created that the cache does not show yet, under one lock, so that concurrent reconciles
 * can never overshoot. Waiting assessments are served oldest-due first.
 */
public final class ScanSlots {
  private static final Duration PENDING_TTL = Duration.ofMinutes(2);
  private static final Duration WAITER_TTL = Duration.ofMinutes(5);
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

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
  private final NavigableSet<Waiter> queue = new TreeSet<>(SERVICE_ORDER);
  private Instant lastSweep = Instant.EPOCH;

  private record Waiter(String key, Instant due, Instant seen) {}

  /** Oldest due first, ties broken by key. */
  private static final Comparator<Waiter> SERVICE_ORDER =
      Comparator.comparing(Waiter::due).thenComparing(Waiter::key);

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
      unqueue(assessmentKey);
      return true; // already running: creating it again is a no-op
    }
    pending
        .entrySet()
        .removeIf(e -> jobs.known(e.getKey()) || e.getValue().plus(PENDING_TTL).isBefore(now));
    sweepStaleWaiters(now);
    unqueue(assessmentKey);
    Waiter me = new Waiter(assessmentKey, due, now);
    waiting.put(assessmentKey, me);
    queue.add(me);
    int free = cap - active.size() - pending.size();
    if (free <= 0 || !amongFirst(me, free)) {
      return false;
    }
    unqueue(assessmentKey);
    pending.put(jobKey, now);
    return true;
  }

  /**
   * The assessments (keys "namespace/name") that would be served now, one per free slot: a finished
   * scan wakes them instead of leaving them to their next periodic recheck. Every Job event may
   * ask, so a burst of finished scans wakes as many waiters as there are free slots.
   */
  public synchronized List<String> nextWaiting() {
    int free = cap - running();
    List<String> out = new ArrayList<>();
    for (Waiter w : queue) {
      if (out.size() >= free) {
        break;
      }
      out.add(w.key());
    }
    return out;
  }

  /** Gives back a slot whose Job could not be created. */
  public synchronized void cancel(String jobKey) {
    pending.remove(jobKey);
  }

  /** Forgets an assessment that was deleted or no longer needs a scan. */
  public synchronized void forget(String assessmentKey) {
    unqueue(assessmentKey);
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

  /** Waiters not seen for a while were deleted or stopped needing a scan; swept once a minute. */
  private void sweepStaleWaiters(Instant now) {
    if (lastSweep.plus(SWEEP_EVERY).isAfter(now)) {
      return;
    }
    lastSweep = now;
    queue.removeIf(w -> w.seen().plus(WAITER_TTL).isBefore(now) && waiting.remove(w.key()) != null);
  }

  private void unqueue(String assessmentKey) {
    Waiter w = waiting.remove(assessmentKey);
    if (w != null) {
      queue.remove(w);
    }
  }

  /** Whether {@code me} is among the first {@code n} waiters: O(n), never O(waiters). */
  private boolean amongFirst(Waiter me, int n) {
    int seen = 0;
    for (Waiter w : queue) {
      if (w.equals(me)) {
        return true;
      }
      if (++seen == n) {
        return false;
      }
    }
    return false;
  }
}
