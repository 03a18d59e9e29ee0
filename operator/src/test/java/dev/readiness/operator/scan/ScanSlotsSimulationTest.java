package dev.readiness.operator.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A deterministic simulation of the scan queue: thousands of seeded random interleavings of
 * arrivals, periodic re-checks, wake-ups on Job events, scans of 1-300 s, failed creates, leaked
 * reservations, deletions and operator restarts, with caps from 1 to 50 and an informer cache that
 * lags behind creates.
 *
 * <p>Asserted on every run: the Jobs really running never exceed the cap; every assessment that
 * keeps asking is admitted within {@code (ceil(n / cap) + 1) * (longest scan + re-check + 1 s)}
 * plus, for each disruption (restart, failed create, leaked reservation) during its wait, one
 * reservation TTL, one retry delay and one re-check; a deleted assessment is never woken and leaves
 * the queue. The design this replaced (a re-check re-queued with a fresh due time) never admitted
 * anybody once two waiters took turns re-checking under cap 1.
 */
class ScanSlotsSimulationTest {
  private static final long RECHECK = 15_000;
  private static final long MAX_SCAN = 300_000;
  private static final long RETRY = 60_000;
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void theCapHoldsAndEveryLiveAssessmentIsAdmittedInTime() {
    for (long seed = Long.getLong("simFrom", 1); seed <= Long.getLong("simTo", 2_000); seed++) {
      new World(seed).run();
    }
  }

  @Test
  void twoWaitersTakingTurnsUnderCapOneAreBothServed() {
    World w = new World(0, 1, 2);
    w.run();
    assertThat(w.all).allSatisfy(a -> assertThat(a.jobs).isPositive());
  }

  /** A clock the simulation moves. */
  private static final class SimClock extends Clock {
    long millis;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return T0.plusMillis(millis);
    }
  }

  private record Event(long at, long seq, Runnable action) {}

  /** One scan Job: visible to the cache from {@code visibleAt}, running until {@code endsAt}. */
  private static final class SimJob {
    long visibleAt;
    long endsAt;
    boolean deleted;
  }

  /** One assessment: whether it wants a scan, since when, and how it names its place. */
  private static final class Assessment {
    final String key;
    final boolean freshDueEachTime;
    boolean wants;
    boolean deleted;
    long askedSince = -1;
    Long queuedSince;
    long disruptionsAtStart;
    int episodes;
    int jobs;

    Assessment(String key, boolean freshDueEachTime) {
      this.key = key;
      this.freshDueEachTime = freshDueEachTime;
    }
  }

  /** The informer's view: created Jobs appear after a lag, finished ones stay known. */
  private final class Cache implements ScanSlots.JobView {
    final Map<String, SimJob> jobs = new HashMap<>();
    final SimClock clock;

    Cache(SimClock clock) {
      this.clock = clock;
    }

    @Override
    public Set<String> active() {
      Set<String> out = new HashSet<>();
      jobs.forEach(
          (k, j) -> {
            if (!j.deleted && j.visibleAt <= clock.millis && j.endsAt > clock.millis) {
              out.add(k);
            }
          });
      return out;
    }

    @Override
    public boolean known(String jobKey) {
      SimJob j = jobs.get(jobKey);
      return j != null && (j.deleted || j.visibleAt <= clock.millis);
    }

    int reallyRunning() {
      return (int)
          jobs.values().stream().filter(j -> !j.deleted && j.endsAt > clock.millis).count();
    }
  }

  private final class World {
    final Random random;
    final int cap;
    final SimClock clock = new SimClock();
    final Cache cache = new Cache(clock);
    final PriorityQueue<Event> events =
        new PriorityQueue<>(
            (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    final List<Assessment> all = new ArrayList<>();
    final Map<String, Assessment> byKey = new HashMap<>();
    ScanSlots slots;
    long seq;
    long disruptions;
    final String label;

    World(long seed) {
      this(seed, 1 + new Random(seed).nextInt(50), 0);
    }

    World(long seed, int cap, int fixedCount) {
      this.random = new Random(seed * 7919);
      this.cap = cap;
      this.label = "seed " + seed + ", cap " + cap;
      int n = fixedCount > 0 ? fixedCount : 1 + random.nextInt(cap * 3 + 20);
      newSlots();
      for (int i = 0; i < n; i++) {
        Assessment a = new Assessment("ns/a" + i, fixedCount > 0 || random.nextBoolean());
        all.add(a);
        byKey.put(a.key, a);
        at(fixedCount > 0 ? 0 : random.nextInt(60_000), () -> arrive(a));
        if (fixedCount == 0 && random.nextInt(10) == 0) {
          at(random.nextInt(600_000), () -> delete(a));
        }
      }
      int restarts = fixedCount > 0 ? 0 : random.nextInt(3);
      for (int i = 0; i < restarts; i++) {
        at(random.nextInt(900_000), this::restart);
      }
      if (fixedCount > 0) {
        // the slot is busy when both first ask, so they queue and then re-check in turns
        SimJob busy = new SimJob();
        busy.endsAt = 20_000;
        cache.jobs.put("ns/busy", busy);
        at(20_000, this::jobEvent);
      }
    }

    void newSlots() {
      slots = new ScanSlots(cap, cache, clock, Duration.ofMillis(RECHECK));
      slots.bindAssessments(k -> !byKey.get(k).deleted);
    }

    void at(long when, Runnable action) {
      events.add(new Event(Math.max(when, clock.millis), seq++, action));
    }

    void run() {
      long horizon = 50_000_000;
      while (!events.isEmpty() && clock.millis < horizon) {
        Event e = events.poll();
        clock.millis = e.at;
        e.action.run();
        assertThat(cache.reallyRunning()).as(label + ": cap exceeded").isLessThanOrEqualTo(cap);
      }
      for (Assessment a : all) {
        assertThat(a.wants && !a.deleted).as(label + ": " + a.key + " never admitted").isFalse();
      }
      clock.millis += ScanSlots.WAITER_TTL.toMillis() * 2;
      slots.nextWaiting();
      assertThat(slots.queued()).as(label + ": the queue empties").isZero();
    }

    void arrive(Assessment a) {
      if (a.deleted) {
        return;
      }
      a.wants = true;
      a.askedSince = clock.millis;
      a.disruptionsAtStart = disruptions;
      a.episodes++;
      ask(a);
    }

    /** A reconcile of {@code a}: it asks for a slot and, refused, re-checks later. */
    void ask(Assessment a) {
      if (a.deleted || !a.wants) {
        return;
      }
      checkBound(a);
      Instant due =
          T0.plusMillis(a.freshDueEachTime || a.queuedSince == null ? clock.millis : a.queuedSince);
      String jobKey = a.key + "-job-" + a.jobs;
      if (!slots.tryAcquire(a.key, due, jobKey)) {
        if (a.queuedSince == null) {
          a.queuedSince = clock.millis;
        }
        at(clock.millis + RECHECK - random.nextInt(1_000), () -> ask(a));
        return;
      }
      granted(a, jobKey);
    }

    void granted(Assessment a, String jobKey) {
      int fate = random.nextInt(100);
      if (fate < 5) { // the create failed: the slot is given back, retried later
        disruptions++;
        slots.cancel(jobKey);
        at(clock.millis + RETRY, () -> ask(a));
        return;
      }
      if (fate < 7) { // the reservation leaks: its Job never appears
        disruptions++;
        at(clock.millis + RETRY, () -> ask(a));
        return;
      }
      SimJob job = new SimJob();
      job.visibleAt = clock.millis + random.nextInt(2_000);
      job.endsAt = clock.millis + 1_000 + (long) (random.nextDouble() * (MAX_SCAN - 1_000));
      cache.jobs.put(jobKey, job);
      a.jobs++;
      a.wants = false;
      a.queuedSince = null;
      at(job.visibleAt, this::jobEvent);
      at(job.endsAt, () -> finished(a));
    }

    void finished(Assessment a) {
      jobEvent();
      if (!a.deleted && a.episodes < 3 && random.nextInt(3) == 0) {
        at(clock.millis + 3_600_000, () -> arrive(a));
      }
    }

    /** A Job event wakes the waiters a free slot would serve, each a little later. */
    void jobEvent() {
      for (String key : slots.nextWaiting()) {
        Assessment a = byKey.get(key);
        assertThat(a.deleted).as(label + ": woke deleted " + key).isFalse();
        at(clock.millis + random.nextInt(200), () -> ask(a));
      }
    }

    void delete(Assessment a) {
      a.deleted = true;
      cache.jobs.forEach(
          (k, j) -> {
            if (k.startsWith(a.key + "-job-")) {
              j.deleted = true; // garbage-collected with its owner
            }
          });
      jobEvent();
    }

    /** A new operator: the queue and reservations are gone, the cache lists every Job at once. */
    void restart() {
      disruptions++;
      newSlots();
      cache.jobs.values().forEach(j -> j.visibleAt = Math.min(j.visibleAt, clock.millis));
      for (Assessment a : all) {
        if (a.wants && !a.deleted) {
          at(clock.millis + random.nextInt(2_000), () -> ask(a));
        }
      }
    }

    /** Checked whenever an assessment asks: one never admitted keeps asking, so it is caught. */
    void checkBound(Assessment a) {
      long rounds = (all.size() + cap - 1) / cap + 1;
      long hits = disruptions - a.disruptionsAtStart;
      long bound =
          rounds * (MAX_SCAN + RECHECK + 1_000)
              + hits * (ScanSlots.PENDING_TTL.toMillis() + RETRY + RECHECK);
      assertThat(clock.millis - a.askedSince)
          .as(label + ": " + a.key + " waited past its bound")
          .isLessThanOrEqualTo(bound);
    }
  }
}
