package dev.readiness.operator.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Counts finished scans by outcome and times them. Labels never carry URLs or error texts. */
public class ScanOutcomes {
  private final MeterRegistry registry;

  public ScanOutcomes(MeterRegistry registry) {
    this.registry = registry;
  }

  /** {@code outcome} is "Succeeded" or a condition reason from a fixed set. */
  public void record(String namespace, String outcome, Duration took) {
    Counter.builder("readiness_scans")
        .description("Finished scans by outcome")
        .tag("namespace", namespace)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    Timer.builder("readiness_scan_duration")
        .description("Time from scan Job creation to harvest")
        .tag("namespace", namespace)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofSeconds(1))
        .maximumExpectedValue(Duration.ofHours(2))
        .register(registry)
        .record(took);
  }
}
