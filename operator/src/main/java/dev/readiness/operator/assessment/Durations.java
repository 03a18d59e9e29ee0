package dev.readiness.operator.assessment;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go-style durations as in Kubernetes manifests: 24h, 15m, 1h30m, 90s. */
public final class Durations {
  private static final Pattern WHOLE = Pattern.compile("([0-9]{1,5}[hms])+");
  private static final Pattern PART = Pattern.compile("([0-9]{1,5})([hms])");

  private Durations() {}

  /**
   * @throws IllegalArgumentException naming the field when the text is not a duration
   */
  public static Duration parse(String text, Duration fallback, String field) {
    if (text == null) {
      return fallback;
    }
    if (!WHOLE.matcher(text).matches()) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a duration like 15m");
    }
    Duration d = Duration.ZERO;
    Matcher m = PART.matcher(text);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      d =
          d.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
              });
    }
    return d;
  }
}
