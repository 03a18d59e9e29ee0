package dev.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import dev.readiness.signals.Status;
import java.util.List;

/**
 * SARIF 2.1.0 for code scanning: one rule per signal, one result per failing signal, each with at
 * least one physical location ({@link SarifLocations}) and a fingerprint that stays the same from
 * scan to scan, so an alert closes when its signal passes.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static String render(Report r) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("version", "2.1.0");
    root.put("$schema", SCHEMA);
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "readiness");
    driver.put("version", r.catalogVersion());
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    SarifLocations locations = new SarifLocations(r);
    List<SignalResult> signals = r.signals();
    for (int i = 0; i < signals.size(); i++) {
      SignalResult s = signals.get(i);
      rule(rules.addObject(), s);
      if (s.status() == Status.FAIL) {
        result(results.addObject(), s, i, locations.of(s));
      }
    }
    try {
      return JsonReport.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void rule(ObjectNode rule, SignalResult s) {
    rule.put("id", s.id());
    rule.put("name", s.id());
    rule.putObject("shortDescription").put("text", s.title());
    rule.putObject("help").put("text", s.remediation().isEmpty() ? s.title() : s.remediation());
    rule.putObject("defaultConfiguration").put("level", level(s));
    rule.putObject("properties")
        .put("pillar", s.pillar())
        .put("level", s.level())
        .put("points", s.points());
  }

  private static void result(
      ObjectNode res, SignalResult s, int ruleIndex, List<SarifLocations.Location> where) {
    res.put("ruleId", s.id());
    res.put("ruleIndex", ruleIndex);
    res.put("level", level(s));
    res.putObject("message").put("text", s.reason() + ". Fix: " + s.remediation());
    ArrayNode locs = res.putArray("locations");
    for (SarifLocations.Location l : where) {
      ObjectNode phys = locs.addObject().putObject("physicalLocation");
      phys.putObject("artifactLocation").put("uri", l.uri()).put("uriBaseId", "%SRCROOT%");
      phys.putObject("region").put("startLine", Math.max(1, l.line()));
    }
    // one alert per signal: it stays the same alert whichever files the evidence names today
    res.putObject("partialFingerprints").put("readinessSignal/v1", s.id());
    res.putObject("properties").put("anchor", where.get(0).anchor());
  }

  private static String level(SignalResult s) {
    return s.level() <= 2 ? "warning" : "note";
  }
}
