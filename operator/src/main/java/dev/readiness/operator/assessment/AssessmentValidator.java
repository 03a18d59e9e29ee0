package dev.readiness.operator.assessment;

import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.source.Target;
import java.time.Duration;
import java.util.regex.Pattern;

/** The schema's rules again, in Java: the operator does not trust what it reads. */
final class AssessmentValidator {
  static final Duration DEFAULT_INTERVAL = Duration.ofHours(24);
  static final Duration DEFAULT_POLL = Duration.ofMinutes(15);
  private static final Pattern URL = Pattern.compile(AssessmentSpec.URL_PATTERN);
  private static final Pattern REF = Pattern.compile("[A-Za-z0-9._/-]{1,200}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");

  private AssessmentValidator() {}

  /**
   * @throws IllegalArgumentException naming the first bad field
   */
  static ScanSchedule validate(AssessmentSpec spec) {
    if (spec == null || spec.repository() == null || spec.repository().url() == null) {
      throw new IllegalArgumentException("spec.repository.url: required");
    }
    String url = spec.repository().url();
    if (!URL.matcher(url).matches()) {
      throw new IllegalArgumentException("spec.repository.url: not a Git URL");
    }
    if (holdsCredentials(url)) {
      throw new IllegalArgumentException(
          "spec.repository.url: holds credentials; use spec.repository.credentialsSecretRef");
    }
    if (spec.repository().ref() != null && !REF.matcher(spec.repository().ref()).matches()) {
      throw new IllegalArgumentException("spec.repository.ref: not a branch or tag name");
    }
    name(spec.repository().credentialsSecretRef(), "spec.repository.credentialsSecretRef.name");
    name(spec.policyRef(), "spec.policyRef.name");
    if (spec.scan() != null && spec.scan().timeoutSeconds() != null) {
      int t = spec.scan().timeoutSeconds();
      if (t < 60 || t > 21600) {
        throw new IllegalArgumentException("spec.scan.timeoutSeconds: must be 60 to 21600");
      }
    }
    var s = spec.schedule();
    Duration interval =
        Durations.parse(
            s == null ? null : s.interval(), DEFAULT_INTERVAL, "spec.schedule.interval");
    Duration poll =
        Durations.parse(
            s == null ? null : s.pollInterval(), DEFAULT_POLL, "spec.schedule.pollInterval");
    if (interval.compareTo(Duration.ofMinutes(5)) < 0) {
      throw new IllegalArgumentException("spec.schedule.interval: at least 5m");
    }
    if (poll.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("spec.schedule.pollInterval: at least 1m");
    }
    return new ScanSchedule(interval, poll);
  }

  private static void name(AssessmentSpec.LocalRef ref, String field) {
    if (ref != null && (ref.name() == null || !NAME.matcher(ref.name()).matches())) {
      throw new IllegalArgumentException(field + ": not a valid object name");
    }
  }

  /** The scanner's own rule: a password, or any user info over HTTP(S), git or file. */
  private static boolean holdsCredentials(String url) {
    return Target.credentialsIn(url) != null;
  }
}
