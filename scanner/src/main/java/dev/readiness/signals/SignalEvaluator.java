package dev.readiness.signals;

import dev.readiness.facts.ProbeWords;

/** A signal's detection: a pure function from facts (repository or one app) to an outcome. */
@FunctionalInterface
public interface SignalEvaluator {
  Outcome evaluate(SignalContext ctx);

  /** The words this signal searches every file for; it may ask for no others. */
  default ProbeWords probes() {
    return ProbeWords.NONE;
  }

  /** {@code body}, declaring that it also searches every file for {@code words}. */
  static SignalEvaluator probing(SignalEvaluator body, ProbeWords... words) {
    ProbeWords all = body.probes();
    for (ProbeWords w : words) {
      all = all.union(w);
    }
    ProbeWords declared = all;
    return new SignalEvaluator() {
      @Override
      public Outcome evaluate(SignalContext ctx) {
        return body.evaluate(ctx);
      }

      @Override
      public ProbeWords probes() {
        return declared;
      }
    };
  }

  /** A signal the repository alone cannot decide (it needs a forge's API): always unknown. */
  static SignalEvaluator undecidable(String reason) {
    return ctx -> Outcome.unknown(reason);
  }
}
