package dev.readiness.signals;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The detection for every signal id of the default catalog. */
public final class Signals {
  private static final Map<String, SignalEvaluator> EVALUATORS = build();

  private Signals() {}

  private static Map<String, SignalEvaluator> build() {
    Map<String, SignalEvaluator> m = new HashMap<>();
    StyleSignals.register(m);
    BuildSignals.register(m);
    DeliverySignals.register(m);
    AutonomySignals.register(m);
    TestingSignals.register(m);
    DocsSignals.register(m);
    DevenvSignals.register(m);
    QualitySignals.register(m);
    ObservabilitySignals.register(m);
    SecuritySignals.register(m);
    return Collections.unmodifiableMap(m);
  }

  public static Optional<SignalEvaluator> evaluator(String id) {
    return Optional.ofNullable(EVALUATORS.get(id));
  }

  public static java.util.Set<String> ids() {
    return EVALUATORS.keySet();
  }
}
