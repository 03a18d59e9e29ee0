package dev.readiness.scoring;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.Effort;
import dev.readiness.catalog.Pillar;
import dev.readiness.catalog.Scope;
import dev.readiness.catalog.SignalDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals a policy scores: the catalog minus disabled ones, with overrides, plus custom ones.
 */
public final class Rubric {
  private Rubric() {}

  public static List<RubricEntry> of(Catalog catalog, EffectivePolicy policy) {
    Set<String> disabled = Set.copyOf(policy.disabledSignals());
    Map<String, PolicySpec.SignalOverride> overrides = new HashMap<>();
    policy.signalOverrides().forEach(o -> overrides.put(o.id(), o));
    List<RubricEntry> out = new ArrayList<>();
    for (SignalDefinition d : catalog.signals()) {
      if (disabled.contains(d.id())) {
        continue;
      }
      PolicySpec.SignalOverride o = overrides.get(d.id());
      int level = o != null && o.level() != null ? o.level() : d.level();
      int points =
          o != null && o.points() != null ? o.points() : SignalDefinition.pointsForLevel(level);
      out.add(
          new RubricEntry(
              d.id(),
              d.title(),
              d.pillar(),
              level,
              points,
              d.scope(),
              d.effort(),
              d.processes(),
              d.fix(),
              false,
              gateOf(d.id(), d.gate(), o)));
    }
    for (PolicySpec.CustomSignal c : policy.customSignals()) {
      if (disabled.contains(c.id())) {
        continue;
      }
      int points = c.points() != null ? c.points() : SignalDefinition.pointsForLevel(c.level());
      out.add(
          new RubricEntry(
              c.id(),
              c.title(),
              Pillar.fromId(c.pillar()),
              c.level(),
              points,
              Scope.REPO,
              Effort.SMALL,
              List.of(),
              c.remediation(),
              true,
              Boolean.TRUE.equals(c.gate()) ? c.id() : null));
    }
    return List.copyOf(out);
  }

  /** A policy's {@code gate} override adds a signal to its level's gate or takes it out. */
  private static String gateOf(String id, String catalogGate, PolicySpec.SignalOverride o) {
    if (o == null || o.gate() == null) {
      return catalogGate;
    }
    return o.gate() ? (catalogGate != null ? catalogGate : id) : null;
  }
}
