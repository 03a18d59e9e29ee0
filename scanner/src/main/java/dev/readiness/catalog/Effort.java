package dev.readiness.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A rough cost class for fixing a failing signal, used to find the cheapest remediation plan. */
public enum Effort {
  SMALL(1),
  MEDIUM(3),
  LARGE(8);

  private final int cost;

  Effort(int cost) {
    this.cost = cost;
  }

  public int cost() {
    return cost;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static Effort fromId(String id) {
    return valueOf(id.toUpperCase(java.util.Locale.ROOT));
  }
}
