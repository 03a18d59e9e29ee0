package dev.readiness.engine;

import dev.readiness.signals.Outcome;
import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns per-app outcomes into one repository outcome: pass when the applicable apps that pass hold
 * at least the policy's share of the applicable apps' code. An app weighs its own lines of text
 * (source and build files, not tests, docs or data), so a small front end beside a large service,
 * or a tooling package beside the product, cannot decide the repository alone.
 */
final class AppAggregation {
  private AppAggregation() {}

  static Outcome aggregate(
      Map<String, Outcome> perApp, Map<String, Long> weights, int appPassRate) {
    int applicable = 0;
    int passed = 0;
    long applicableWeight = 0;
    long passedWeight = 0;
    boolean unknown = false;
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, Outcome> e : perApp.entrySet()) {
      Status s = e.getValue().status();
      long w = Math.max(1, weights.getOrDefault(e.getKey(), 1L));
      applicable += s.applicable() ? 1 : 0;
      applicableWeight += s.applicable() ? w : 0;
      passed += s == Status.PASS ? 1 : 0;
      passedWeight += s == Status.PASS ? w : 0;
      unknown |= s == Status.UNKNOWN;
      if (s == Status.FAIL) {
        failing.add(e.getKey());
      }
    }
    if (perApp.size() == 1) {
      return perApp.values().iterator().next();
    }
    if (applicable == 0) {
      Outcome first = perApp.values().iterator().next();
      return unknown ? Outcome.unknown("undecidable for every app") : Outcome.skip(first.reason());
    }
    long share = Math.round(100.0 * passedWeight / applicableWeight);
    List<String> evidence = evidence(perApp, passed, applicable, share);
    if (passedWeight * 100L >= (long) appPassRate * applicableWeight) {
      return Outcome.pass(evidence);
    }
    return Outcome.fail(
        passed
            + "/"
            + applicable
            + " apps pass, holding "
            + share
            + "% of their code, "
            + appPassRate
            + "% needed; failing: "
            + String.join(", ", failing),
        evidence);
  }

  /** The tally, then one line per app: its status and its first evidence or its reason. */
  private static List<String> evidence(
      Map<String, Outcome> perApp, int passed, int applicable, long share) {
    List<String> evidence = new ArrayList<>();
    evidence.add(passed + "/" + applicable + " apps pass (" + share + "% of their code)");
    perApp.forEach(
        (id, o) ->
            evidence.add(
                id
                    + ": "
                    + o.status().id()
                    + " — "
                    + (o.status() == Status.PASS && !o.evidence().isEmpty()
                        ? o.evidence().get(0)
                        : o.reason())));
    return evidence;
  }
}
