package dev.readiness.operator.api;

/** Condition types and reasons users read in {@code kubectl describe}. */
public final class Conditions {
  public static final String READY = "Ready";
  public static final String SCANNING = "Scanning";
  public static final String STALLED = "Stalled";
  public static final String QUEUED = "Queued";

  public static final String TRUE = "True";
  public static final String FALSE = "False";

  private Conditions() {}
}
