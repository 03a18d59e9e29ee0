package dev.readiness.result;

/** A termination message that is not a valid scan result; the message never echoes the input. */
public final class MalformedResultException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedResultException(String message) {
    super(message);
  }
}
