package dev.readiness.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a signal is judged once per repository or once per application in it. */
public enum Scope {
  REPO,
  APP;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static Scope fromId(String id) {
    return valueOf(id.toUpperCase(java.util.Locale.ROOT));
  }
}
