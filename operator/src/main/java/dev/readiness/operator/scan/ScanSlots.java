package dev.readiness.operator.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The cluster-wide cap on running scans and the queue of assessments waiting for a slot.
 *
 * <p>Invariants, all held under this object's lock:
 *
 * <ol>
 *   <li><b>Cap.</b> Running = Jobs the cache shows as active + reservations (Jobs this operator is
 *       creating that the cache does not show yet). A slot is taken only when running &lt; cap, in
 *       the same critical section that counts, so concurrent reconciles never overshoot.
 *   <li><b>Place.</b> A waiter's place is fixed when it first queues: its due time, then arrival
 *       order. A re-check refreshes its liveness, never its place, so asking often cannot push an
 *       assessment back (the livelock of an earlier design, where each re-check re-queued).
 *   <li><b>Head first.</b> With {@code f} free slots, only the first {@code f} present waiters may
 *       take one; anyone else is refused and keeps its place. A waiter is present while it keeps
 *       re-checking ({@link #PRESENT_FOR} re-check intervals); one that stopped (its reconcile
 *       fails or backs off) is skipped without losing its place, so it cannot block those behind
 *       it.
 *   <li><b>Wake.</b> {@link #nextWaiting()} names the waiters that would be served now; every scan
 *       Job event asks, so a freed slot reaches the head at once. The periodic re-check is only a
 *       backstop.
 *   <li><b>Expiry.</b> A reservation whose Job never shows up expires after {@link #PENDING_TTL}. A
 *       waiter whose assessment is gone (deleted) leaves the queue at the next look; one that has
 *       not re-checked for {@link #WAITER_TTL} is dropped.
 *   <li><b>Restart.</b> The queue is memory only. After a restart the informer's Jobs hold their
 *       slots and every assessment is reconciled; each waiter queues again with the time it first
 *       queued (its Queued condition), so the order survives a restart.
 * </ol>
 *
 * <p>Bound: a present waiter with {@code n} present waiters ahead of it is admitted within {@code
 * ceil((n + 1) / cap)} scan durations plus one re-check interval per round, because every freed
 * slot goes to the head of the queue. {@code ScanSlotsSimulationTest} checks this.
 */
public final class ScanSlots {
  static final Duration PENDING_TTL = Duration.ofMinutes(2);
  static final Duration WAITER_TTL = Duration.ofMinutes(5);
  static final int PRESENT_FOR = 3;
  private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

  /** What the informer cache knows about scan Jobs, keyed "namespace/name". */
  public interface JobView {
    Set<String> active();

    boolean known(String jobKey);
  }

  private final int cap;
  private final JobView jobs;
  private final Clock clock;
  private final Duration presence;
  private volatile Predicate<String> exists = key -> true;
  private final Map<String, Instant> pending = new HashMap<>();
  private final Map<String, Waiter> waiting = new HashMap<>();
  private final NavigableSet<Waiter> queue = new TreeSet<>(SERVICE_ORDER);
  private long arrivals;
  private Instant lastSweep = Instant.EPOCH;

  /** A waiting assessment: its place (due, arrival) and when it first queued and last asked. */
  private record Waiter(String key, Instant due, long arrival, Instant since, Instant seen) {
    Waiter seenAt(Instant now) {
      return new Waiter(key, due, arrival, since, now);
    }
  }

  /** Oldest due first, then first arrived. */
  private static final Comparator<Waiter> SERVICE_ORDER =
      Comparator.comparing(Waiter::due).thenComparingLong(Waiter::arrival);

  /**
   * @param recheck how often a waiting assessment asks again; a waiter silent for {@link
   *     #PRESENT_FOR} of these is skipped until it asks again
   */
  public ScanSlots(int cap, JobView jobs, Clock clock, Duration recheck) {
    this.cap = cap;
    this.jobs = jobs;
    this.clock = clock;
    this.presence = recheck.multipliedBy(PRESENT_FOR);
  }

  /** Tells the queue which assessments (keys "namespace/name") still exist; deleted ones leave. */
  public void bindAssessments(Predicate<String> assessmentExists) {
    this.exists = assessmentExists;
  }

  /**
   * Takes a slot for {@code jobKey} when one is free and this assessment is among the first present
   * waiters; otherwise keeps (or gives) it a place in the queue. {@code due} orders a newcomer and
   * is ignored for an assessment already waiting.
   */
  public synchronized boolean tryAcquire(String assessmentKey, Instant due, String jobKey) {
    Instant now = clock.instant();
    expire(now);
    Set<String> active = jobs.active();
    if (active.contains(jobKey)) {
      unqueue(assessmentKey);
      return true; // already running: creating it again is a no-op
    }
    if (pending.containsKey(jobKey)) {
      unqueue(assessmentKey);
      pending.put(jobKey, now); // a create is retried: its reservation starts again
      return true;
    }
    Waiter me = waiting.get(assessmentKey);
    if (me == null) {
      me = new Waiter(assessmentKey, due, arrivals++, now, now);
    } else {
      queue.remove(me);
      me = me.seenAt(now);
    }
    waiting.put(assessmentKey, me);
    queue.add(me);
    int free = cap - active.size() - pending.size();
    if (free <= 0 || !servedFirst(me, free, now)) {
      return false;
    }
    unqueue(assessmentKey);
    pending.put(jobKey, now);
    return true;
  }

  /**
   * The assessments (keys "namespace/name") that would be served now, one per free slot: a freed
   * slot wakes them instead of leaving them to their next periodic re-check.
   */
  public synchronized List<String> nextWaiting() {
    Instant now = clock.instant();
    expire(now);
    int free = cap - running();
    List<String> out = new ArrayList<>();
    for (Waiter w : queue) {
      if (out.size() >= free) {
        break;
      }
      if (present(w, now)) {
        out.add(w.key());
      }
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

  /** How long the longest-waiting assessment has been queued; zero when none waits. */
  public synchronized Duration oldestWait() {
    Instant now = clock.instant();
    return waiting.values().stream()
        .map(Waiter::since)
        .min(Comparator.naturalOrder())
        .map(s -> Duration.between(s, now))
        .filter(d -> !d.isNegative())
        .orElse(Duration.ZERO);
  }

  public int cap() {
    return cap;
  }

  /**
   * Drops expired reservations; at most once a second also deleted assessments and waiters that
   * stopped asking long ago ({@link #present} skips them in between).
   */
  private void expire(Instant now) {
    pending
        .entrySet()
        .removeIf(e -> jobs.known(e.getKey()) || e.getValue().plus(PENDING_TTL).isBefore(now));
    if (lastSweep.plus(SWEEP_EVERY).isAfter(now)) {
      return;
    }
    lastSweep = now;
    Predicate<String> live = exists;
    for (Iterator<Waiter> it = queue.iterator(); it.hasNext(); ) {
      Waiter w = it.next();
      if (!live.test(w.key()) || w.seen().plus(WAITER_TTL).isBefore(now)) {
        it.remove();
        waiting.remove(w.key());
      }
    }
  }

  private boolean present(Waiter w, Instant now) {
    return !w.seen().plus(presence).isBefore(now) && exists.test(w.key());
  }

  private void unqueue(String assessmentKey) {
    Waiter w = waiting.remove(assessmentKey);
    if (w != null) {
      queue.remove(w);
    }
  }

  /** Whether {@code me} is among the first {@code n} present waiters. */
  private boolean servedFirst(Waiter me, int n, Instant now) {
    int ahead = 0;
    for (Waiter w : queue) {
      if (w.equals(me)) {
        return true;
      }
      if (present(w, now) && ++ahead == n) {
        return false;
      }
    }
    return false;
  }
}
