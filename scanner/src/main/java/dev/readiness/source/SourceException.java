package dev.readiness.source;

import dev.readiness.result.ScanFailure;

/** A target that cannot be scanned; {@code exitCode} is 2 (bad input) or 3 (unreachable/auth). */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final ScanFailure.Reason reason;

  public SourceException(int exitCode, String message) {
    this(
        exitCode,
        exitCode == 2 ? ScanFailure.Reason.INVALID_INPUT : ScanFailure.Reason.UNREACHABLE,
        message);
  }

  public SourceException(int exitCode, ScanFailure.Reason reason, String message) {
    super(message);
    this.exitCode = exitCode;
    this.reason = reason;
  }

  public int exitCode() {
    return exitCode;
  }

  /** The failure as the operator reports it. */
  public ScanFailure.Reason reason() {
    return reason;
  }
}
