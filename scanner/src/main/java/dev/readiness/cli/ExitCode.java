package dev.readiness.cli;

/** The documented exit codes of {@code readiness}. */
public final class ExitCode {
  /** Scanned (and at or above --fail-below, when given). */
  public static final int OK = 0;

  /** Scanned, but below the level given with --fail-below. */
  public static final int BELOW_LEVEL = 1;

  /** Usage error or invalid input: bad path, bad URL, bad policy, unknown ref. */
  public static final int INVALID_INPUT = 2;

  /** Repository not found, unreachable or timed out, clone limits exceeded, or auth failed. */
  public static final int UNREACHABLE = 3;

  private ExitCode() {}
}
