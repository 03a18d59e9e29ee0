package dev.readiness.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The eight pillars of the maturity model, in the white paper's order. */
public enum Pillar {
  STYLE("style", "Style & Validation"),
  BUILD("build", "Build System"),
  TESTING("testing", "Testing"),
  DOCS("docs", "Documentation & Instructions"),
  DEVENV("devenv", "Dev Environment & Remote Execution"),
  QUALITY("quality", "Code Quality"),
  OBSERVABILITY("observability", "Debugging & Observability"),
  SECURITY("security", "Security & Governance");

  private final String id;
  private final String displayName;

  Pillar(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Parses a pillar id such as {@code style}; throws with the valid ids on a bad value. */
  @JsonCreator
  public static Pillar fromId(String id) {
    for (Pillar p : values()) {
      if (p.id.equals(id == null ? "" : id.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown pillar '" + id + "' (expected one of " + ids() + ")");
  }

  public static String ids() {
    StringBuilder sb = new StringBuilder();
    for (Pillar p : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(p.id);
    }
    return sb.toString();
  }
}
