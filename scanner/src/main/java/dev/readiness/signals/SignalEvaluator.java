package dev.readiness.signals;

/** A signal's detection: a pure function from facts (repository or one app) to an outcome. */
@FunctionalInterface
public interface SignalEvaluator {
  Outcome evaluate(SignalContext ctx);
}
