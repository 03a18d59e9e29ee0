package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/** The Argo CD health check of examples/gitops, run in a Lua VM against assessment statuses. */
class ArgoHealthCheckTest {
  private static String script;

  @BeforeAll
  static void loadScript() throws Exception {
    List<HasMetadata> docs = Examples.load(Examples.GITOPS);
    ConfigMap cm =
        docs.stream()
            .filter(o -> "argocd-cm".equals(o.getMetadata().getName()))
            .map(o -> Examples.convert(o, ConfigMap.class))
            .findFirst()
            .orElseThrow();
    script = cm.getData().get("resource.customizations.health.readiness.dev_RepositoryAssessment");
    assertThat(script).isNotBlank();
  }

  private static LuaValue lua(Object value) {
    if (value instanceof Map<?, ?> map) {
      LuaTable t = new LuaTable();
      map.forEach((k, v) -> t.set(String.valueOf(k), lua(v)));
      return t;
    }
    if (value instanceof List<?> list) {
      LuaTable t = new LuaTable();
      for (int i = 0; i < list.size(); i++) {
        t.set(i + 1, lua(list.get(i)));
      }
      return t;
    }
    if (value instanceof Boolean b) {
      return LuaValue.valueOf(b);
    }
    if (value instanceof Integer n) {
      return LuaValue.valueOf(n);
    }
    return value == null ? LuaValue.NIL : LuaValue.valueOf(String.valueOf(value));
  }

  private static Map<String, String> health(Map<String, Object> obj) {
    Globals globals = JsePlatform.standardGlobals();
    globals.set("obj", lua(obj));
    LuaValue hs = globals.load(script, "health.lua").call();
    return Map.of("status", hs.get("status").tojstring(), "message", hs.get("message").tojstring());
  }

  private static Map<String, Object> assessment(Map<String, Object> spec, Object status) {
    Map<String, Object> obj = new java.util.HashMap<>();
    obj.put("metadata", Map.of("name", "svc", "generation", 2));
    obj.put("spec", spec);
    if (status != null) {
      obj.put("status", status);
    }
    return obj;
  }

  private static Map<String, Object> condition(String type, String status, String reason) {
    return Map.of("type", type, "status", status, "reason", reason, "message", "m");
  }

  @Test
  void progressingUntilTheFirstScanAndUntilTheSpecIsObserved() {
    assertThat(health(assessment(Map.of(), null))).containsEntry("status", "Progressing");
    Map<String, Object> old =
        Map.of(
            "observedGeneration", 1, "conditions", List.of(condition("Ready", "True", "Scored")));
    assertThat(health(assessment(Map.of(), old))).containsEntry("status", "Progressing");
  }

  @Test
  void healthyWhenScoredWithTheLevelInTheMessage() {
    Map<String, Object> status =
        Map.of(
            "observedGeneration",
            2,
            "level",
            3,
            "levelName",
            "Standardized",
            "conditions",
            List.of(condition("Ready", "True", "Scored"), condition("Stalled", "False", "Scored")));
    assertThat(health(assessment(Map.of(), status)))
        .containsEntry("status", "Healthy")
        .containsEntry("message", "Level 3 (Standardized)");
  }

  @Test
  void degradedWhenStalledOrRefused() {
    Map<String, Object> stalled =
        Map.of(
            "observedGeneration",
            2,
            "conditions",
            List.of(
                condition("Ready", "True", "Scored"),
                condition("Stalled", "True", "AuthenticationFailed")));
    assertThat(health(assessment(Map.of(), stalled)))
        .containsEntry("status", "Degraded")
        .containsEntry("message", "AuthenticationFailed: m");
    Map<String, Object> refused =
        Map.of(
            "observedGeneration",
            2,
            "conditions",
            List.of(condition("Ready", "False", "InvalidSpec")));
    assertThat(health(assessment(Map.of(), refused))).containsEntry("status", "Degraded");
  }

  @Test
  void suspendedAssessmentsSaySo() {
    Map<String, Object> status =
        Map.of(
            "observedGeneration",
            2,
            "conditions",
            List.of(
                condition("Ready", "True", "Scored"), condition("Scanning", "False", "Suspended")));
    assertThat(health(assessment(Map.of("suspend", true), status)))
        .containsEntry("status", "Suspended");
  }
}
