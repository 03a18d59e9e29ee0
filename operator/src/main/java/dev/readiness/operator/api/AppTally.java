package dev.readiness.operator.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An app-scoped signal over several apps: how many apps pass of those it applies to. Stored in
 * status as the string {@code "passed/applicable"} (the schema since v1alpha1); anything else read
 * back, which only a hand edit can produce, reads as 0/0 and so counts for nothing.
 */
public record AppTally(int passed, int applicable) {
  private static final AppTally NONE = new AppTally(0, 0);

  /** Refuses what cannot be a tally, so a stored one is always sensible. */
  public AppTally {
    if (passed < 0 || passed > applicable) {
      throw new IllegalArgumentException("not a tally: " + passed + "/" + applicable);
    }
  }

  /** Reads the stored form; never fails. */
  @JsonCreator
  public static AppTally parse(String stored) {
    if (stored == null) {
      return NONE;
    }
    int slash = stored.indexOf('/');
    try {
      int p = Integer.parseInt(stored.substring(0, Math.max(slash, 0)));
      int n = Integer.parseInt(stored.substring(slash + 1));
      return p >= 0 && p <= n ? new AppTally(p, n) : NONE;
    } catch (NumberFormatException e) {
      return NONE;
    }
  }

  @JsonValue
  @Override
  public String toString() {
    return passed + "/" + applicable;
  }
}
