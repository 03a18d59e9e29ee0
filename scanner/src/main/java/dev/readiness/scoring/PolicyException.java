package dev.readiness.scoring;

/** An invalid policy; the message names the offending field. */
public final class PolicyException extends Exception {
  private static final long serialVersionUID = 1L;

  public PolicyException(String message) {
    super(message);
  }
}
