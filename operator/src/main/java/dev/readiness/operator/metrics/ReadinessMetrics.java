package dev.readiness.operator.metrics;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.PolicyStatus;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.scan.ScanSlots;
import dev.readiness.signals.Status;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Domain gauges, rebuilt from the informer caches before every scrape: a deleted resource leaves no
 * series behind. Labels are namespace, assessment, policy, team, pillar, level and state names.
 */
public class ReadinessMetrics {
  public static final String TEAM_LABEL = "readiness.dev/team";

  private final MeterRegistry registry;
  private final Supplier<Stream<RepositoryAssessment>> assessments;
  private final Supplier<Stream<ReadinessPolicy>> policies;
  private final ScanSlots slots;
  private final boolean perSignal;
  private final Map<Meter.Id, double[]> values = new ConcurrentHashMap<>();

  public ReadinessMetrics(
      MeterRegistry registry,
      Supplier<Stream<RepositoryAssessment>> assessments,
      Supplier<Stream<ReadinessPolicy>> policies,
      ScanSlots slots,
      boolean perSignal) {
    this.registry = registry;
    this.assessments = assessments;
    this.policies = policies;
    this.slots = slots;
    this.perSignal = perSignal;
  }

  /** Brings every readiness_ gauge in line with the caches. */
  public synchronized void refresh() {
    Map<Meter.Id, Double> want = new HashMap<>();
    assessments.get().forEach(a -> assessment(a, want));
    policies.get().forEach(p -> policy(p, want));
    put(want, "readiness_scans_running", Tags.empty(), slots.running());
    put(want, "readiness_scans_queued", Tags.empty(), slots.queued());
    put(
        want,
        "readiness_scans_oldest_queued_seconds",
        Tags.empty(),
        slots.oldestWait().toMillis() / 1000.0);
    put(want, "readiness_scans_max_concurrent", Tags.empty(), slots.cap());
    Set<Meter.Id> stale = new HashSet<>(values.keySet());
    stale.removeAll(want.keySet());
    stale.forEach(
        id -> {
          registry.remove(id);
          values.remove(id);
        });
    want.forEach(
        (id, v) ->
            values
                    .computeIfAbsent(
                        id,
                        k -> {
                          double[] box = {v};
                          Gauge.builder(k.getName(), box, b -> b[0])
                              .tags(k.getTags())
                              .register(registry);
                          return box;
                        })[0] =
                v);
  }

  private void assessment(RepositoryAssessment a, Map<Meter.Id, Double> want) {
    AssessmentStatus s = a.getStatus();
    if (s == null) {
      return;
    }
    Tags tags =
        Tags.of(
            "namespace", a.getMetadata().getNamespace(),
            "assessment", a.getMetadata().getName(),
            "policy", s.policy() == null ? "" : s.policy(),
            "team", team(a));
    put(want, "readiness_assessment_active", tags, Boolean.TRUE.equals(s.active()) ? 1 : 0);
    if (s.level() == null) {
      return;
    }
    put(want, "readiness_assessment_level", tags, s.level());
    put(want, "readiness_assessment_points", tags, s.points());
    put(want, "readiness_assessment_max_points", tags, s.maxPoints());
    if (s.agentShare() != null) {
      put(want, "readiness_assessment_agent_commit_ratio", tags, s.agentShare());
    }
    if (s.lastScanTime() != null) {
      put(
          want,
          "readiness_assessment_last_scan_timestamp_seconds",
          tags,
          Instant.parse(s.lastScanTime()).getEpochSecond());
    }
    if (s.pillars() != null) {
      s.pillars()
          .forEach(
              p ->
                  put(
                      want,
                      "readiness_assessment_pillar_ratio",
                      tags.and("pillar", p.id()),
                      p.ratio()));
    }
    if (perSignal && s.signals() != null) {
      s.signals()
          .forEach(
              (id, st) ->
                  put(
                      want,
                      "readiness_assessment_signal_passing",
                      tags.and("signal", id),
                      st == Status.PASS ? 1 : 0));
    }
  }

  private void policy(ReadinessPolicy p, Map<Meter.Id, Double> want) {
    PolicyStatus s = p.getStatus();
    if (s == null || s.counts() == null) {
      return;
    }
    Tags tags =
        Tags.of("namespace", p.getMetadata().getNamespace(), "policy", p.getMetadata().getName());
    if (s.readinessPercent() != null) {
      put(want, "readiness_policy_readiness_ratio", tags, s.readinessPercent() / 100.0);
    }
    put(want, "readiness_policy_target_level", tags, s.targetLevel());
    var c = s.counts();
    Map<String, Integer> states =
        Map.of(
            "total",
            c.total(),
            "active",
            c.active(),
            "scanned",
            c.scanned(),
            "failing",
            c.failing(),
            "never_scanned",
            c.neverScanned(),
            "at_target",
            c.atTarget());
    states.forEach(
        (state, n) -> put(want, "readiness_policy_assessments", tags.and("state", state), n));
    if (s.levels() != null) {
      s.levels()
          .forEach(
              (level, n) ->
                  put(want, "readiness_policy_level_assessments", tags.and("level", level), n));
    }
    gaps(s, tags, want);
    if (s.teams() != null) {
      s.teams().stream()
          .filter(t -> t.readinessPercent() != null)
          .forEach(
              t ->
                  put(
                      want,
                      "readiness_policy_team_readiness_ratio",
                      tags.and("team", t.team()),
                      t.readinessPercent() / 100.0));
    }
  }

  /** The policy's most common gaps: at most ten series per policy, so cardinality stays flat. */
  private void gaps(PolicyStatus s, Tags tags, Map<Meter.Id, Double> want) {
    if (s.topFailing() != null) {
      s.topFailing()
          .forEach(
              g ->
                  put(
                      want,
                      "readiness_policy_failing_signal_assessments",
                      tags.and("signal", g.id()),
                      g.failing()));
    }
  }

  static String team(RepositoryAssessment a) {
    var labels = a.getMetadata().getLabels();
    String t = labels == null ? null : labels.get(TEAM_LABEL);
    return t == null ? "" : t;
  }

  private void put(Map<Meter.Id, Double> want, String name, Tags tags, double v) {
    want.put(new Meter.Id(name, tags, null, null, Meter.Type.GAUGE), v);
  }
}
