package dev.readiness.operator.assessment;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.Conditions;
import io.fabric8.kubernetes.api.model.Condition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An assessment's status as the reconciler edits it before writing it whole: the builder, plus the
 * conditions' rules and what this reconcile knows that status does not keep. Conditions keep their
 * lastTransitionTime unless their status flips, so an unchanged state writes nothing.
 */
final class StatusDraft extends AssessmentStatus.Builder {
  /** Set when this reconcile left the assessment waiting for a scan slot; never written. */
  boolean waitingForSlot;

  private final Instant now;

  StatusDraft(AssessmentStatus s, Instant now) {
    super(s);
    this.now = now;
  }

  /** Sets a condition; its transition time moves only when its status changes. */
  void condition(String type, boolean value, String reason, String message) {
    Condition c =
        Conditions.next(
            conditions(),
            type,
            value ? Conditions.TRUE : Conditions.FALSE,
            reason,
            message,
            now,
            observedGeneration());
    List<Condition> conditions = conditions();
    Condition old =
        conditions.stream().filter(x -> type.equals(x.getType())).findFirst().orElse(null);
    if (old != null) {
      conditions.set(conditions.indexOf(old), c);
    } else {
      conditions.add(c);
    }
  }

  /** When the assessment started waiting for a slot (its Queued condition), if it is waiting. */
  Instant queuedSince() {
    return conditions().stream()
        .filter(c -> Conditions.QUEUED.equals(c.getType()) && Conditions.TRUE.equals(c.getStatus()))
        .map(Condition::getLastTransitionTime)
        .filter(Objects::nonNull)
        .map(Instant::parse)
        .findFirst()
        .orElse(null);
  }

  boolean isTrue(String type) {
    return conditions().stream()
        .anyMatch(c -> type.equals(c.getType()) && Conditions.TRUE.equals(c.getStatus()));
  }

  String conditionReason(String type) {
    return conditions().stream()
        .filter(c -> type.equals(c.getType()))
        .map(Condition::getReason)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
