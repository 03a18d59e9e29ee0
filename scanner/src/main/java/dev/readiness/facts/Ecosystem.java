package dev.readiness.facts;

import java.util.Locale;

/** Package ecosystems the scanner parses manifests for. */
public enum Ecosystem {
  NPM,
  MAVEN,
  GRADLE,
  PYTHON,
  GO,
  CARGO,
  DOTNET,
  RUBY,
  PHP,
  CMAKE,
  GENERIC;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
