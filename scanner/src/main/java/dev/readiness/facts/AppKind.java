package dev.readiness.facts;

import java.util.Locale;

/** What an application is, which decides the signals that apply to it. */
public enum AppKind {
  SERVICE,
  FRONTEND,
  CLI,
  LIBRARY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Services and front ends run somewhere; libraries and CLIs do not. */
  public boolean isDeployed() {
    return this == SERVICE || this == FRONTEND;
  }
}
