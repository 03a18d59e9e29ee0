package dev.readiness.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The policy document: exactly the spec of the ReadinessPolicy custom resource, so that one YAML
 * file works in the CLI and in the cluster. Every field is optional; absent fields take the
 * defaults of {@link EffectivePolicy}.
 *
 * @param levelThresholds points needed for levels 1..5
 * @param levelPassRate percent of applicable signals of each level 1..N that must pass for N
 * @param appPassRate percent of applicable apps that must pass for an app-scoped signal to pass
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicySpec(
    Integer targetLevel,
    Integer activeWithinDays,
    List<Integer> levelThresholds,
    Integer levelPassRate,
    Integer appPassRate,
    List<String> disabledSignals,
    List<SignalOverride> signalOverrides,
    List<CustomSignal> customSignals) {

  public static PolicySpec empty() {
    return new PolicySpec(null, null, null, null, null, null, null, null);
  }

  /** Moves a catalog signal to another level or gives it other points. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SignalOverride(String id, Integer level, Integer points) {}

  /** A signal declared by the policy as a rule over the repository's files. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CustomSignal(
      String id,
      String title,
      String pillar,
      Integer level,
      Integer points,
      String remediation,
      Rule rule) {}

  /**
   * Exactly one of {@code pathExists} or {@code glob}; {@code contentRegex} optionally requires a
   * matching file's content to match.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rule(String pathExists, String glob, String contentRegex) {}
}
