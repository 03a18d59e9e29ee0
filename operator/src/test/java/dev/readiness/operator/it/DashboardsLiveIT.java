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
    // the gauges are rebuilt from the operator's own informer cache, which may trail the API
    // server's copy of the policy status by a moment: wait until the rollup reached it
    h.until(
        Duration.ofSeconds(30),
        () -> {
          scrape = h.scrape();
          return scrape.contains("\nreadiness_policy_team_readiness_ratio")
              && scrape.contains("\nreadiness_policy_failing_signal_assessments");
        });
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
    Path rules = chartRules();
    assertThat(promtool(tmp.resolve("check-rules.txt"), null, "check", "rules", rules))
        .contains("SUCCESS: 5 rules found");
  }

  /**
   * promtool's rule unit tests: the stalled-queue alert fires when work waits and nothing runs, and
   * stays quiet while scans run or while the wait is short.
   */
  @Test
  void theStalledQueueAlertFiresOnlyWhenNothingRuns() throws Exception {
    assumeTrue(Files.isExecutable(LocalPrometheus.PROMTOOL), "promtool not installed");
    Path rules = chartRules();
    var rule =
        (GenericKubernetesResource)
            RenderedChart.render("monitoring").kind("PrometheusRule").get(0);
    var json = new KubernetesSerialization();
    Object annotations = stalledAlertAnnotations(json.asJson(rule));
    String stalled = series("3x40", "0x40", "0+60x40");
    String busy = series("3x40", "5x40", "0+60x40");
    String brief = series("3x40", "0x40", "0x40");
    Map<String, Object> tests =
        Map.of(
            "rule_files",
            List.of(rules.toString()),
            "evaluation_interval",
            "1m",
            "tests",
            List.of(
                alertTest(
                    stalled,
                    "25m",
                    List.of(
                        Map.of(
                            "exp_labels",
                            Map.of("severity", "critical"),
                            "exp_annotations",
                            annotations))),
                alertTest(stalled, "12m", List.of()),
                alertTest(busy, "30m", List.of()),
                alertTest(brief, "30m", List.of())));
    Path file = tmp.resolve("stalled-test.yaml");
    Files.writeString(file, json.asYaml(tests));
    assertThat(promtool(tmp.resolve("test-rules.txt"), null, "test", "rules", file))
        .contains("SUCCESS");
  }

  private static String series(String queued, String running, String oldest) {
    return "readiness_scans_queued "
        + queued
        + "|readiness_scans_running "
        + running
        + "|readiness_scans_oldest_queued_seconds "
        + oldest;
  }

  private static Map<String, Object> alertTest(String series, String at, List<Object> expected) {
    List<Map<String, String>> input = new ArrayList<>();
    for (String s : series.split("\\|")) {
      String[] nv = s.split(" ", 2);
      input.add(Map.of("series", nv[0], "values", nv[1]));
    }
    return Map.of(
        "interval",
        "1m",
        "input_series",
        input,
        "alert_rule_test",
        List.of(
            Map.of(
                "eval_time",
                at,
                "alertname",
                "ReadinessScanQueueStalled",
                "exp_alerts",
                expected)));
  }

  private static Object stalledAlertAnnotations(String ruleJson) throws Exception {
    JsonNode spec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ruleJson);
    for (JsonNode r : spec.path("spec").path("groups").path(0).path("rules")) {
      if ("ReadinessScanQueueStalled".equals(r.path("alert").asText())) {
        return new com.fasterxml.jackson.databind.ObjectMapper()
            .convertValue(r.path("annotations"), Map.class);
      }
    }
    throw new AssertionError("no ReadinessScanQueueStalled rule in the chart");
  }

  @Test
  void everyPanelReturnsDataFromARealPrometheus() throws Exception {
    assumeTrue(Files.isExecutable(LocalPrometheus.BINARY), "prometheus not installed");
    try (MetricsServer server =
            new MetricsServer(0, h.registry, h.operator.metrics(), () -> true, () -> true);
        LocalPrometheus prometheus =
            new LocalPrometheus(tmp.resolve("live"), started(server), chartRules())) {
      prometheus.awaitData(
          "count_over_time(readiness_scans_total[1m]) > 3", Duration.ofSeconds(60));
      // the stalled-queue alert's inputs are scraped, its rule loads, and a healthy queue is quiet
      prometheus.awaitData("readiness_scans_oldest_queued_seconds == 0", Duration.ofSeconds(10));
      awaitRuleHealthy(prometheus, "ReadinessScanQueueStalled");
      assertThat(prometheus.query("ALERTS{alertname=\"ReadinessScanQueueStalled\"}").path("result"))
          .as("a healthy queue does not alert")
          .isEmpty();
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

  /** Waits until Prometheus has evaluated the rule {@code name} without error. */
  private static void awaitRuleHealthy(LocalPrometheus prometheus, String name) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!prometheus.alertRules().contains(name + "=ok")) {
      assertThat(System.nanoTime()).as("rule %s never evaluated", name).isLessThan(end);
      Thread.sleep(250);
    }
  }

  /** The chart's alert rules as a Prometheus rule file. */
  private static Path chartRules() throws Exception {
    var rule =
        (GenericKubernetesResource)
            RenderedChart.render("monitoring").kind("PrometheusRule").get(0);
    Path dir = Files.createDirectories(tmp.resolve("live"));
    Path file = dir.resolve("chart-rules.yaml");
    Files.writeString(
        file, new KubernetesSerialization().asYaml(rule.getAdditionalProperties().get("spec")));
    return file;
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
