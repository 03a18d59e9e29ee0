package dev.readiness.operator.api;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.util.List;

/** Condition types and reasons users read in {@code kubectl describe}. */
public final class Conditions {
  public static final String READY = "Ready";
  public static final String SCANNING = "Scanning";
  public static final String STALLED = "Stalled";
  public static final String QUEUED = "Queued";

  /** True while reconciling fails with an unexpected error (JOSDK retries with backoff). */
  public static final String RECONCILE_FAILED = "ReconcileFailed";

  public static final String TRUE = "True";
  public static final String FALSE = "False";

  private Conditions() {}

  /**
   * The condition {@code type} as it should now read: its transition time stays that of {@code
   * previous} while the status is unchanged, and an empty message is left out (a kube-apiserver,
   * our 1.20 test build among them, reads "" back as null, so the status would never settle).
   */
  public static Condition next(
      List<Condition> previous,
      String type,
      String status,
      String reason,
      String message,
      Instant now,
      Long observedGeneration) {
    String since =
        previous == null
            ? now.toString()
            : previous.stream()
                .filter(c -> type.equals(c.getType()) && status.equals(c.getStatus()))
                .map(Condition::getLastTransitionTime)
                .findFirst()
                .orElse(now.toString());
    return new ConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(message == null || message.isEmpty() ? null : message)
        .withLastTransitionTime(since)
        .withObservedGeneration(observedGeneration)
        .build();
  }
}
