package dev.readiness.signals;

import dev.readiness.facts.ProbeWords;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The detection for every signal id of the default catalog. */
public final class Signals {
  private static final Map<String, SignalEvaluator> EVALUATORS = build();
  private static final ProbeWords PROBE_WORDS = union(EVALUATORS);

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

  private static ProbeWords union(Map<String, SignalEvaluator> evaluators) {
    ProbeWords all = ProbeWords.NONE;
    for (String id : new TreeSet<>(evaluators.keySet())) {
      all = all.union(evaluators.get(id).probes());
    }
    return all;
  }

  public static Optional<SignalEvaluator> evaluator(String id) {
    return Optional.ofNullable(EVALUATORS.get(id));
  }

  /** Every word any signal searches files for: what the file scan collects. */
  public static ProbeWords probeWords() {
    return PROBE_WORDS;
  }

  public static java.util.Set<String> ids() {
    return EVALUATORS.keySet();
  }
}
