package dev.readiness.signals;

/** A signal's detection: a pure function from facts (repository or one app) to an outcome. */
@FunctionalInterface
public interface SignalEvaluator {
  Outcome evaluate(SignalContext ctx);

  /** A signal the repository alone cannot decide (it needs a forge's API): always unknown. */
  static SignalEvaluator undecidable(String reason) {
    return ctx -> Outcome.unknown(reason);
  }
}
