package dev.readiness.source;

import dev.readiness.result.ScanFailure;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One overall deadline for network work over any transport. A server that accepts the connection
 * and never answers calls no progress monitor and may outlive socket timeouts, so the work runs on
 * a daemon thread of its own and is abandoned (interrupted, then left) at the deadline.
 */
final class Deadline {
  /** Blocking work that reports its own failures as {@link SourceException}. */
  interface Work<T> {
    T call() throws SourceException;
  }

  /** Time past the deadline for the work's own limits (socket timeouts, monitors) to end it. */
  private static final Duration GRACE = Duration.ofSeconds(2);

  private Deadline() {}

  /**
   * @param what the work, as a message names it ("clone of https://host/repo")
   * @return the work's result
   * @throws SourceException the work's own, or {@link ScanFailure.Reason#TIMED_OUT} at the deadline
   */
  static <T> T within(Duration limit, String what, Work<T> work) throws SourceException {
    FutureTask<T> task = new FutureTask<>(work::call);
    Thread worker = new Thread(task, "readiness-git");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw timedOut(what, limit);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SourceException s) {
        throw s;
      }
      throw new SourceException(
          3,
          ScanFailure.Reason.SCAN_ERROR,
          what + " failed (" + e.getCause().getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new SourceException(3, ScanFailure.Reason.SCAN_ERROR, what + " was interrupted");
    }
  }

  static SourceException timedOut(String what, Duration limit) {
    return new SourceException(
        3,
        ScanFailure.Reason.TIMED_OUT,
        what + " timed out after " + limit.toSeconds() + " s (the server did not answer in time)");
  }
}
