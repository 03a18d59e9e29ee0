package dev.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import dev.readiness.signals.Status;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SARIF 2.1.0: one rule per signal, one result per failing signal. */
public final class SarifReport {
  private static final Pattern PATH_LINE =
      Pattern.compile("^([\\w./\\-]+\\.[\\w]+|[\\w./\\-]+)(?::(\\d+))?");

  private SarifReport() {}

  public static String render(Report r) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("version", "2.1.0");
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "readiness");
    driver.put("version", r.catalogVersion());
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    for (SignalResult s : r.signals()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", s.id());
      rule.putObject("shortDescription").put("text", s.title());
      rule.putObject("properties")
          .put("pillar", s.pillar())
          .put("level", s.level())
          .put("points", s.points());
      if (s.status() == Status.FAIL) {
        ObjectNode res = results.addObject();
        res.put("ruleId", s.id());
        res.put("level", s.level() <= 2 ? "warning" : "note");
        res.putObject("message").put("text", s.reason() + ". Fix: " + s.remediation());
        location(res, s);
      }
    }
    try {
      return JsonReport.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void location(ObjectNode result, SignalResult s) {
    for (String ev : s.evidence()) {
      Matcher m = PATH_LINE.matcher(ev);
      if (m.find() && m.group(1).contains(".") && !ev.contains(" ")) {
        ObjectNode phys = result.putArray("locations").addObject().putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", m.group(1));
        if (m.group(2) != null) {
          phys.putObject("region").put("startLine", Integer.parseInt(m.group(2)));
        }
        return;
      }
    }
  }
}
