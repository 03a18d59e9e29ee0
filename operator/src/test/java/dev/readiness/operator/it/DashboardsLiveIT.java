package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.operator.chart.RenderedChart;
import dev.readiness.operator.metrics.MetricsServer;
import dev.readiness.operator.scan.ScanJobs;
import dev.readiness.scoring.PolicySpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards against live metrics: the operator scores assessments with varied results, a real
 * Prometheus scrapes its /metrics, and every panel and variable query must evaluate without error
 * and return data. promtool checks the exposition and the chart's alert rules.
 */
class DashboardsLiveIT {
  /** Counters the Operator SDK registers on their first increment; panels add "or vector(0)". */
  static final java.util.Set<String> LAZY =
      java.util.Set.of("operator_sdk_reconciliations_failed_total");

  @TempDir static Path tmp;
  static OperatorHarness h;
  static String scrape;

  @BeforeAll
  static void scoreAPortfolio() throws Exception {
    h = new OperatorHarness(tmp);
    h.start(5, Map.of("READINESS_PER_SIGNAL_METRICS", "true"));
    h.kubelet.mode =
        j ->
            j.getMetadata().getLabels().get(ScanJobs.ASSESSMENT_LABEL).equals("broken")
                ? FakeKubelet.Mode.OUT_OF_MEMORY
                : FakeKubelet.Mode.SCAN;
    h.policy(new PolicySpec(1, null, null, null, null, null, null, null));
    GitFixture plain = new GitFixture(tmp.resolve("plain"));
    GitFixture tidy = new GitFixture(tmp.resolve("tidy"));
    tidy.commitFile("AGENTS.md", "# Agents\n\nRun `make test` before every commit.\n");
    tidy.commitFile(".editorconfig", "root = true\n\n[*]\nindent_style = space\n");
    tidy.commitFile("Makefile", "build:\n\tgo build ./...\n\ntest:\n\tgo test ./...\n");
    tidy.commitFile(
        "main_test.go", "package main\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n");
    h.assessment("plain", plain.url(), null, "payments");
    h.assessment("tidy", tidy.url(), null, "platform");
    h.assessment("broken", plain.url(), null, "platform");
    h.until(
        Duration.ofSeconds(90),
        () -> {
          var p = h.getPolicy();
          return p.getStatus() != null
              && p.getStatus().counts().scanned() == 2
              && p.getStatus().counts().failing() == 1;
        });
    scrape = h.scrape();
  }

  @AfterAll
  static void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void everyMetricAPanelUsesIsExported() throws Exception {
    List<String> missing = new ArrayList<>();
    for (var d : Dashboards.load().entrySet()) {
      for (Dashboards.Query q : Dashboards.queries(d.getKey(), d.getValue())) {
        for (String metric : Dashboards.metrics(q.expr())) {
          if (!scrape.contains("\n" + metric) && !LAZY.contains(metric)) {
            missing.add(q.where() + ": " + metric);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void promtoolAcceptsTheExposition() throws Exception {
    assumeTrue(Files.isExecutable(LocalPrometheus.PROMTOOL), "promtool not installed");
    Path file = tmp.resolve("metrics.txt");
    Files.writeString(file, scrape);
    Files.writeString(Path.of("target", "dashboards-scrape.txt"), scrape);
    assertThat(promtool(tmp.resolve("check-metrics.txt"), file, "check", "metrics")).isEmpty();
  }

  @Test
  void promtoolAcceptsTheChartsAlertRules() throws Exception {
    assumeTrue(Files.isExecutable(LocalPrometheus.PROMTOOL), "promtool not installed");
    var rule =
        (GenericKubernetesResource)
            RenderedChart.render("monitoring").kind("PrometheusRule").get(0);
    Path rules = tmp.resolve("rules.yaml");
    Files.writeString(
        rules, new KubernetesSerialization().asYaml(rule.getAdditionalProperties().get("spec")));
    assertThat(promtool(tmp.resolve("check-rules.txt"), null, "check", "rules", rules))
        .contains("SUCCESS: 4 rules found");
  }

  @Test
  void everyPanelReturnsDataFromARealPrometheus() throws Exception {
    assumeTrue(Files.isExecutable(LocalPrometheus.BINARY), "prometheus not installed");
    try (MetricsServer server =
            new MetricsServer(0, h.registry, h.operator.metrics(), () -> true, () -> true);
        LocalPrometheus prometheus = new LocalPrometheus(tmp, started(server))) {
      prometheus.awaitData(
          "count_over_time(readiness_scans_total[1m]) > 3", Duration.ofSeconds(60));
      List<String> failures = new ArrayList<>();
      for (var d : Dashboards.load().entrySet()) {
        for (Dashboards.Query q : Dashboards.queries(d.getKey(), d.getValue())) {
          String expr = Dashboards.resolve(q.expr(), OperatorHarness.NS, "plain");
          try {
            JsonNode data = prometheus.query(expr);
            if (data.path("result").isEmpty()) {
              failures.add(q.where() + " returned no data: " + expr);
            }
          } catch (IllegalStateException e) {
            failures.add(q.where() + " failed: " + e.getMessage());
          }
        }
      }
      assertThat(failures).isEmpty();
    }
  }

  private static int started(MetricsServer server) {
    server.start();
    return server.port();
  }

  /** Runs promtool with {@code stdin} (or nothing) as its input; returns its output. */
  private static String promtool(Path out, Path stdin, Object... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(LocalPrometheus.PROMTOOL.toString()));
    for (Object a : args) {
      cmd.add(a.toString());
    }
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    }
    int rc = pb.start().waitFor();
    String text = Files.readString(out);
    assertThat(rc).as("promtool %s: %s", List.of(args), text).isZero();
    return text;
  }
}
