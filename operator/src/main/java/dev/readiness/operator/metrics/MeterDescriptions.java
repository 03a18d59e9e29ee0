package dev.readiness.operator.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Gives every meter a HELP text: libraries (the Operator SDK among them) register meters without
 * one, which Prometheus's own linter (promtool check metrics) rejects.
 */
public final class MeterDescriptions {
  private MeterDescriptions() {}

  /** Installs the filter; call before any meter is registered. */
  public static void install(MeterRegistry registry) {
    registry
        .config()
        .meterFilter(
            new MeterFilter() {
              @Override
              public Meter.Id map(Meter.Id id) {
                if (id.getDescription() != null && !id.getDescription().isBlank()) {
                  return id;
                }
                return new Meter.Id(
                    id.getName(),
                    Tags.of(id.getTags()),
                    id.getBaseUnit(),
                    describe(id.getName()),
                    id.getType());
              }
            });
  }

  static String describe(String name) {
    String words = name.replace('.', ' ').replace('_', ' ');
    return name.startsWith("operator.sdk")
        ? "Java Operator SDK: " + words.substring("operator sdk ".length())
        : words;
  }
}
