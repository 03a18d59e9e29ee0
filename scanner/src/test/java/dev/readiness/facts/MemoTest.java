package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-scan memo of searches and globs that signals evaluated in parallel share. */
class MemoTest {
  @Test
  void computesEachKeyOnceForAllThreads() throws Exception {
    Memo<String, Integer> memo = new Memo<>();
    AtomicInteger computed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        answers.add(pool.submit(() -> memo.get("k", k -> computed.incrementAndGet() * 10)));
      }
      for (Future<Integer> a : answers) {
        assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(10);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(computed).hasValue(1);
  }

  @Test
  void aLongComputationDoesNotHoldUpAnotherKey() {
    Memo<String, String> memo = new Memo<>();
    // "Aa" and "BB" have one hash code: one bin of a ConcurrentHashMap, whose computeIfAbsent
    // would make the second wait for the first, here forever
    CountDownLatch otherDone = new CountDownLatch(1);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          Thread other =
              new Thread(
                  () -> {
                    memo.get("BB", k -> "two");
                    otherDone.countDown();
                  });
          // "Aa" waits, while it computes, for "BB" to be computed on another thread
          String one =
              memo.get(
                  "Aa",
                  k -> {
                    other.start();
                    await(otherDone);
                    return "one";
                  });
          assertThat(one).isEqualTo("one");
          assertThat(memo.get("BB", k -> "again")).isEqualTo("two");
        });
  }

  @Test
  void aFailedComputationIsRetried() {
    Memo<String, String> memo = new Memo<>();
    assertThatThrownBy(
            () ->
                memo.get(
                    "k",
                    k -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(memo.get("k", k -> "fine")).isEqualTo("fine");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
