package dev.readiness.operator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * What to assess and how often.
 *
 * @param policyRef the ReadinessPolicy to score with; default: the one named "default" in the
 *     namespace, else the built-in defaults
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentSpec(
    @Required RepositorySpec repository,
    @JsonPropertyDescription("The ReadinessPolicy in this namespace to score with.")
        LocalRef policyRef,
    ScheduleSpec schedule,
    @JsonPropertyDescription("Stop scheduling scans; the last result stays.") Boolean suspend,
    ScanSpec scan) {

  /** Where the repository is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RepositorySpec(
      @JsonPropertyDescription("https, ssh, git or file URL, or scp-like user@host:path.")
          @Required
          @Pattern(URL_PATTERN)
          String url,
      @JsonPropertyDescription("Branch or tag; default: the remote's HEAD.")
          @Pattern("^[A-Za-z0-9._/-]{1,200}$")
          String ref,
      @JsonPropertyDescription(
              "Secret with token, or username and password, or ssh-privatekey and known_hosts.")
          LocalRef credentialsSecretRef) {}

  /** A named object in the same namespace. */
  public record LocalRef(
      @Required @Pattern("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$") String name) {}

  /** How often to look. Durations are like 24h, 15m or 1h30m. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ScheduleSpec(
      @JsonPropertyDescription("Rescan at least this often (default 24h, at least 5m).")
          @Pattern(DURATION_PATTERN)
          String interval,
      @JsonPropertyDescription(
              "Check the ref for a new commit this often (default 15m, at least 1m).")
          @Pattern(DURATION_PATTERN)
          String pollInterval) {}

  /** Scan pod sizing. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ScanSpec(
      @JsonPropertyDescription("Requests and limits of the scan container.")
          ResourceRequirements resources,
      @JsonPropertyDescription("Kill the scan after this many seconds (default 900).")
          @Min(60)
          @Max(21600)
          Integer timeoutSeconds) {}

  public static final String URL_PATTERN =
      "^((https?|ssh|git|file)://[^\\s]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\\s]+)$";
  public static final String DURATION_PATTERN = "^([0-9]{1,5}(h|m|s))+$";
}
