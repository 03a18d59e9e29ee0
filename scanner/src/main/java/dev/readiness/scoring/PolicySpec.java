package dev.readiness.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
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
    @JsonPropertyDescription("Level an assessment must reach to count as ready (default 3).")
        @Min(1)
        @Max(5)
        Integer targetLevel,
    @JsonPropertyDescription("A repository is active when its newest commit is this recent (90).")
        @Min(1)
        @Max(3650)
        Integer activeWithinDays,
    @JsonPropertyDescription("Points needed for levels 1 to 5 (default 5, 19, 36, 60, 100).")
        @Size(min = 5, max = 5)
        List<Integer> levelThresholds,
    @JsonPropertyDescription("Percent of each level's applicable signals that must pass (80).")
        @Min(0)
        @Max(100)
        Integer levelPassRate,
    @JsonPropertyDescription("Percent of apps that must pass an app-scoped signal (80).")
        @Min(0)
        @Max(100)
        Integer appPassRate,
    @JsonPropertyDescription("Signal ids not to evaluate.") List<String> disabledSignals,
    @JsonPropertyDescription("Other levels or points for catalog signals.")
        List<SignalOverride> signalOverrides,
    @JsonPropertyDescription("Signals declared as rules over the repository's files (max 100).")
        @Size(max = 100)
        List<CustomSignal> customSignals) {

  public static PolicySpec empty() {
    return new PolicySpec(null, null, null, null, null, null, null, null);
  }

  /**
   * Moves a catalog signal to another level, gives it other points, or adds it to (true) or takes
   * it out of (false) its level's gate.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SignalOverride(
      @Required String id,
      @Min(1) @Max(5) Integer level,
      @Min(0) @Max(1000) Integer points,
      @JsonPropertyDescription("true: the level's gate counts this signal; false: it does not.")
          Boolean gate) {}

  /** A signal declared by the policy as a rule over the repository's files. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CustomSignal(
      @Required @Pattern("^[a-z][a-z0-9_]{2,63}$") String id,
      @Required String title,
      @Required @Pattern("^(style|build|testing|docs|devenv|quality|observability|security)$")
          String pillar,
      @Required @Min(1) @Max(5) Integer level,
      @Min(0) @Max(1000) Integer points,
      @Required String remediation,
      @Required Rule rule,
      @JsonPropertyDescription("true: the signal counts toward its level's gate (default false).")
          Boolean gate) {}

  /**
   * Exactly one of {@code pathExists} or {@code glob}; {@code contentRegex} optionally requires a
   * matching file's content to match.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rule(String pathExists, String glob, String contentRegex) {}
}
