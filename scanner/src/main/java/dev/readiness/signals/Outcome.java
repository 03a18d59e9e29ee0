package dev.readiness.signals;

import java.util.List;

/**
 * The result of evaluating one signal.
 *
 * @param evidence paths (with line numbers where useful) and facts that support the status
 * @param reason why it failed, was skipped or is unknown; empty for a pass
 */
public record Outcome(Status status, List<String> evidence, String reason) {
  static final int MAX_EVIDENCE = 8;

  public Outcome {
    evidence =
        List.copyOf(evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence);
    reason = reason == null ? "" : reason;
  }

  public static Outcome pass(List<String> evidence) {
    return new Outcome(Status.PASS, evidence, "");
  }

  public static Outcome pass(String evidence) {
    return pass(List.of(evidence));
  }

  public static Outcome fail(String reason) {
    return new Outcome(Status.FAIL, List.of(), reason);
  }

  public static Outcome fail(String reason, List<String> evidence) {
    return new Outcome(Status.FAIL, evidence, reason);
  }

  public static Outcome skip(String reason) {
    return new Outcome(Status.SKIP, List.of(), reason);
  }

  public static Outcome unknown(String reason) {
    return new Outcome(Status.UNKNOWN, List.of(), reason);
  }
}
