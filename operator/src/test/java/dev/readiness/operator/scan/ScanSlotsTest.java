package dev.readiness.operator.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cap is never exceeded, even when 50 reconciles race for slots. */
class ScanSlotsTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration RECHECK = Duration.ofSeconds(15);
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  /** A cache that never sees the created Jobs: only pending creates hold the slots. */
  private static final class BlindCache implements ScanSlots.JobView {
    final Set<String> active = ConcurrentHashMap.newKeySet();

    @Override
    public Set<String> active() {
      return Set.copyOf(active);
    }

    @Override
    public boolean known(String jobKey) {
      return active.contains(jobKey);
    }
  }

  @Test
  void fiftyThreadsNeverOvershoot() throws Exception {
    BlindCache cache = new BlindCache();
    ScanSlots slots = new ScanSlots(5, cache, clock, RECHECK);
    AtomicInteger granted = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    for (int i = 0; i < 50; i++) {
      int n = i;
      pool.submit(
          () -> {
            go.await();
            for (int round = 0; round < 20; round++) {
              if (slots.tryAcquire("ns/a" + n, T0.plusSeconds(n), "ns/job-" + n + "-" + round)) {
                granted.incrementAndGet();
              }
            }
            return null;
          });
    }
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(granted.get()).isEqualTo(5);
    assertThat(slots.running()).isEqualTo(5);
  }

  @Test
  void finishedJobsFreeTheirSlots() {
    BlindCache cache = new BlindCache();
    ScanSlots slots = new ScanSlots(1, cache, clock, RECHECK);
    assertThat(slots.tryAcquire("ns/a", T0, "ns/job-a")).isTrue();
    assertThat(slots.tryAcquire("ns/b", T0, "ns/job-b")).isFalse();
    cache.active.add("ns/job-a"); // the cache sees it running
    assertThat(slots.tryAcquire("ns/b", T0, "ns/job-b")).isFalse();
    cache.active.clear(); // finished
    assertThat(slots.tryAcquire("ns/b", T0, "ns/job-b")).isTrue();
  }

  @Test
  void oldestDueIsServedFirst() {
    BlindCache cache = new BlindCache();
    ScanSlots slots = new ScanSlots(1, cache, clock, RECHECK);
    cache.active.add("ns/busy");
    assertThat(slots.tryAcquire("ns/late", T0.plusSeconds(60), "ns/job-late")).isFalse();
    assertThat(slots.tryAcquire("ns/early", T0, "ns/job-early")).isFalse();
    assertThat(slots.queued()).isEqualTo(2);
    cache.active.clear();
    assertThat(slots.tryAcquire("ns/late", T0.plusSeconds(60), "ns/job-late")).isFalse();
    assertThat(slots.tryAcquire("ns/early", T0, "ns/job-early")).isTrue();
  }

  @Test
  void theNextWaitingAreTheOldestDueAndLeaveTheQueueWhenServed() {
    BlindCache cache = new BlindCache();
    ScanSlots slots = new ScanSlots(1, cache, clock, RECHECK);
    cache.active.add("ns/busy");
    slots.tryAcquire("ns/c", T0.plusSeconds(30), "ns/job-c");
    slots.tryAcquire("ns/a", T0, "ns/job-a");
    slots.tryAcquire("ns/b", T0.plusSeconds(10), "ns/job-b");
    slots.tryAcquire("ns/a", T0, "ns/job-a"); // a recheck does not queue it twice
    assertThat(slots.nextWaiting()).as("no free slot, nobody to wake").isEmpty();
    cache.active.clear();
    assertThat(slots.nextWaiting()).as("one free slot").containsExactly("ns/a");
    assertThat(slots.tryAcquire("ns/a", T0, "ns/job-a")).isTrue();
    assertThat(slots.nextWaiting()).as("the slot is taken by a's Job").isEmpty();
    slots.forget("ns/b");
    slots.cancel("ns/job-a");
    assertThat(slots.nextWaiting()).containsExactly("ns/c");
    assertThat(slots.queued()).isEqualTo(1);
  }

  @Test
  void aRetriedCreateOfARunningJobNeedsNoSecondSlot() {
    BlindCache cache = new BlindCache();
    ScanSlots slots = new ScanSlots(1, cache, clock, RECHECK);
    assertThat(slots.tryAcquire("ns/a", T0, "ns/job-a")).isTrue();
    assertThat(slots.tryAcquire("ns/a", T0, "ns/job-a")).isTrue();
    assertThat(slots.running()).isEqualTo(1);
  }

  @Test
  void aRecheckKeepsItsPlaceEvenWithAFreshDueTime() {
    BlindCache cache = new BlindCache();
    MutableClock now = new MutableClock();
    ScanSlots slots = new ScanSlots(1, cache, now, RECHECK);
    cache.active.add("ns/busy");
    assertThat(slots.tryAcquire("ns/a", now.instant(), "ns/job-a")).isFalse();
    now.advance(1);
    assertThat(slots.tryAcquire("ns/b", now.instant(), "ns/job-b")).isFalse();
    cache.active.clear();
    now.advance(14);
    assertThat(slots.tryAcquire("ns/a", now.instant(), "ns/job-a"))
        .as("the first queued is served although it asks with a later due time")
        .isTrue();
    assertThat(slots.oldestWait()).isEqualTo(Duration.ofSeconds(14));
  }

  @Test
  void deletedAndSilentWaitersDoNotBlockThoseBehindThem() {
    BlindCache cache = new BlindCache();
    MutableClock now = new MutableClock();
    ScanSlots slots = new ScanSlots(1, cache, now, RECHECK);
    Set<String> gone = ConcurrentHashMap.newKeySet();
    slots.bindAssessments(k -> !gone.contains(k));
    cache.active.add("ns/busy");
    slots.tryAcquire("ns/deleted", now.instant(), "ns/job-d");
    slots.tryAcquire("ns/silent", now.instant(), "ns/job-s");
    slots.tryAcquire("ns/c", now.instant(), "ns/job-c");
    gone.add("ns/deleted");
    cache.active.clear();
    now.advance(50); // more than three re-check intervals: "silent" stopped asking
    assertThat(slots.nextWaiting()).isEmpty(); // c has not re-checked either
    assertThat(slots.tryAcquire("ns/c", now.instant(), "ns/job-c")).isTrue();
    assertThat(slots.queued()).as("the deleted one left, the silent one keeps its place").isOne();
  }

  /** A clock tests move by whole seconds. */
  private static final class MutableClock extends Clock {
    private Instant at = T0;

    void advance(long seconds) {
      at = at.plusSeconds(seconds);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return at;
    }
  }
}
