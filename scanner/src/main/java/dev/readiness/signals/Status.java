package dev.readiness.signals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A signal's outcome: only PASS earns points; SKIP and UNKNOWN do not count in pass rates. */
public enum Status {
  PASS,
  FAIL,
  SKIP,
  UNKNOWN;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads an outcome as written ({@code pass}); anything else is UNKNOWN, never an error. */
  @JsonCreator
  public static Status of(String id) {
    for (Status s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return UNKNOWN;
  }

  /** Whether the signal counts toward its level's pass rate. */
  public boolean applicable() {
    return this == PASS || this == FAIL;
  }
}
