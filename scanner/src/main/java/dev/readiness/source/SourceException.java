package dev.readiness.source;

/** A target that cannot be scanned; {@code exitCode} is 2 (bad input) or 3 (unreachable/auth). */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public SourceException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
