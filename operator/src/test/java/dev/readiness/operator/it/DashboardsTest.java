package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.operator.chart.RenderedChart;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structure of the Grafana dashboards: stable uids, a datasource variable, sane layout. */
class DashboardsTest {
  @Test
  void dashboardsHaveStableUidsAndADatasourceVariable() throws Exception {
    Map<String, JsonNode> all = Dashboards.load();
    assertThat(all).containsOnlyKeys("operator.json", "portfolio.json", "repository.json");
    for (var e : all.entrySet()) {
      JsonNode d = e.getValue();
      assertThat(d.path("uid").asText()).isEqualTo("readiness-" + e.getKey().replace(".json", ""));
      assertThat(d.path("templating").path("list").get(0).path("type").asText())
          .as("first variable of %s", e.getKey())
          .isEqualTo("datasource");
      Set<Integer> ids = new HashSet<>();
      for (JsonNode p : d.path("panels")) {
        String where = e.getKey() + " / " + p.path("title").asText();
        assertThat(ids.add(p.path("id").asInt())).as("unique id: %s", where).isTrue();
        assertThat(p.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}");
        assertThat(p.path("description").asText()).as(where).isNotBlank();
        JsonNode g = p.path("gridPos");
        assertThat(g.path("x").asInt() + g.path("w").asInt()).as(where).isLessThanOrEqualTo(24);
        assertThat(p.path("targets")).as(where).isNotEmpty();
      }
    }
  }

  @Test
  void portfolioAnswersTheWhitePapersQuestions() throws Exception {
    JsonNode portfolio = Dashboards.load().get("portfolio.json");
    Set<String> titles = new HashSet<>();
    portfolio.path("panels").forEach(p -> titles.add(p.path("title").asText()));
    assertThat(titles)
        .contains(
            "Organizational readiness",
            "Readiness over time",
            "Level distribution",
            "Readiness by team",
            "Most common gaps",
            "Failing to scan",
            "Assessments by time since last successful scan");
    Set<String> variables = new HashSet<>();
    portfolio.path("templating").path("list").forEach(v -> variables.add(v.path("name").asText()));
    assertThat(variables).contains("datasource", "namespace", "policy", "team");
  }

  @Test
  void chartShipsTheSameDashboards() throws Exception {
    for (String f : Dashboards.load().keySet()) {
      assertThat(RenderedChart.CHART.resolve("dashboards").resolve(f))
          .as("helm/readiness-operator/dashboards drifted; copy dashboards/*.json into it")
          .hasSameTextualContentAs(Dashboards.DIRECTORY.resolve(f));
    }
    assertThat(Path.of("..", "helm", "readiness-operator", "dashboards").toFile().list())
        .hasSize(3);
  }
}
