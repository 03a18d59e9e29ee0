package dev.readiness.scoring;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.Pillar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a policy's values; every message names the field that is wrong. */
final class PolicyValidator {
  /** Bounds the scan result a Job returns (see ResultCodec). */
  public static final int MAX_CUSTOM_SIGNALS = 100;

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{2,63}");
  private static final int MAX_REGEX = 500;

  private PolicyValidator() {}

  static EffectivePolicy validate(PolicySpec s, String p) throws PolicyException {
    range(s.targetLevel(), 1, 5, p + "targetLevel");
    range(s.activeWithinDays(), 1, 3650, p + "activeWithinDays");
    range(s.levelPassRate(), 0, 100, p + "levelPassRate");
    range(s.appPassRate(), 0, 100, p + "appPassRate");
    thresholds(s.levelThresholds(), p + "levelThresholds");
    Set<String> custom = customSignals(s.customSignals(), p + "customSignals");
    Catalog catalog = Catalog.defaults();
    List<String> disabled = s.disabledSignals() == null ? List.of() : s.disabledSignals();
    for (int i = 0; i < disabled.size(); i++) {
      String id = disabled.get(i);
      if (catalog.find(id).isEmpty() && !custom.contains(id)) {
        throw new PolicyException(
            "policy: " + p + "disabledSignals[" + i + "]: unknown signal '" + id + "'");
      }
    }
    List<PolicySpec.SignalOverride> overrides =
        s.signalOverrides() == null ? List.of() : s.signalOverrides();
    for (int i = 0; i < overrides.size(); i++) {
      PolicySpec.SignalOverride o = overrides.get(i);
      String f = p + "signalOverrides[" + i + "]";
      if (o.id() == null || catalog.find(o.id()).isEmpty()) {
        throw new PolicyException("policy: " + f + ".id: unknown signal '" + o.id() + "'");
      }
      range(o.level(), 1, 5, f + ".level");
      range(o.points(), 0, 1000, f + ".points");
    }
    return EffectivePolicy.of(s);
  }

  private static void range(Integer v, int min, int max, String field) throws PolicyException {
    if (v != null && (v < min || v > max)) {
      throw new PolicyException(
          "policy: " + field + ": must be between " + min + " and " + max + ", got " + v);
    }
  }

  private static void thresholds(List<Integer> t, String field) throws PolicyException {
    if (t == null) {
      return;
    }
    if (t.size() != 5) {
      throw new PolicyException(
          "policy: " + field + ": needs exactly 5 values (levels 1 to 5), got " + t.size());
    }
    for (int i = 0; i < 5; i++) {
      if (t.get(i) == null || t.get(i) < 0 || (i > 0 && t.get(i) < t.get(i - 1))) {
        throw new PolicyException(
            "policy: "
                + field
                + "["
                + i
                + "]: must be a non-negative integer, "
                + "not below the previous level's");
      }
    }
  }

  private static Set<String> customSignals(List<PolicySpec.CustomSignal> list, String p)
      throws PolicyException {
    Set<String> ids = new HashSet<>();
    if (list == null) {
      return ids;
    }
    if (list.size() > MAX_CUSTOM_SIGNALS) {
      throw new PolicyException("policy: " + p + ": at most " + MAX_CUSTOM_SIGNALS + " entries");
    }
    for (int i = 0; i < list.size(); i++) {
      PolicySpec.CustomSignal c = list.get(i);
      String f = p + "[" + i + "]";
      if (c.id() == null || !ID.matcher(c.id()).matches()) {
        throw new PolicyException("policy: " + f + ".id: must match " + ID.pattern());
      }
      if (Catalog.defaults().find(c.id()).isPresent() || !ids.add(c.id())) {
        throw new PolicyException("policy: " + f + ".id: '" + c.id() + "' is already defined");
      }
      require(c.title(), f + ".title");
      require(c.remediation(), f + ".remediation");
      require(c.pillar(), f + ".pillar");
      try {
        Pillar.fromId(c.pillar());
      } catch (IllegalArgumentException e) {
        throw new PolicyException("policy: " + f + ".pillar: " + e.getMessage());
      }
      if (c.level() == null) {
        throw new PolicyException("policy: " + f + ".level: required");
      }
      range(c.level(), 1, 5, f + ".level");
      range(c.points(), 0, 1000, f + ".points");
      rule(c.rule(), f + ".rule");
    }
    return ids;
  }

  private static void rule(PolicySpec.Rule r, String f) throws PolicyException {
    if (r == null) {
      throw new PolicyException("policy: " + f + ": required");
    }
    if ((r.pathExists() == null) == (r.glob() == null)) {
      throw new PolicyException("policy: " + f + ": set exactly one of pathExists or glob");
    }
    String path = r.pathExists() != null ? r.pathExists() : r.glob();
    if (path.isBlank() || path.startsWith("/") || path.contains("..")) {
      throw new PolicyException(
          "policy: " + f + ": paths are relative to the repository root, without '..'");
    }
    if (r.contentRegex() != null) {
      if (r.contentRegex().length() > MAX_REGEX) {
        throw new PolicyException(
            "policy: " + f + ".contentRegex: longer than " + MAX_REGEX + " characters");
      }
      try {
        Pattern.compile(r.contentRegex());
      } catch (PatternSyntaxException e) {
        throw new PolicyException("policy: " + f + ".contentRegex: not a valid regular expression");
      }
    }
  }

  private static void require(String v, String field) throws PolicyException {
    if (v == null || v.isBlank()) {
      throw new PolicyException("policy: " + field + ": required");
    }
  }
}
