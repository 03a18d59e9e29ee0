package dev.readiness.engine;

import dev.readiness.signals.Outcome;
import dev.readiness.signals.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns per-app outcomes into one repository outcome: pass when enough applicable apps pass. */
final class AppAggregation {
  private AppAggregation() {}

  static Outcome aggregate(Map<String, Outcome> perApp, int appPassRate) {
    int applicable = 0;
    int passed = 0;
    boolean unknown = false;
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, Outcome> e : perApp.entrySet()) {
      Status s = e.getValue().status();
      applicable += s.applicable() ? 1 : 0;
      passed += s == Status.PASS ? 1 : 0;
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
    List<String> evidence = new ArrayList<>();
    evidence.add(passed + "/" + applicable + " apps pass");
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
    if (passed * 100L >= (long) appPassRate * applicable) {
      return Outcome.pass(evidence);
    }
    return Outcome.fail(
        passed
            + "/"
            + applicable
            + " apps pass, "
            + appPassRate
            + "% needed; failing: "
            + String.join(", ", failing),
        evidence);
  }
}
