package dev.readiness.operator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.scan.ScanJobs;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart's air-gapped, namespaced and monitoring modes, from its ci/ values files. */
class ChartModesTest {
  private static PodSpec scanPod(OperatorConfig config) {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(new ObjectMetaBuilder().withName("svc").withNamespace("team-a").build());
    ra.setSpec(
        new AssessmentSpec(
            new AssessmentSpec.RepositorySpec("https://git.internal/org/svc.git", null, null),
            null,
            null,
            null,
            null));
    return ScanJobs.build(ra, "a".repeat(40), "sha256:x", "{}", List.of(), config)
        .getSpec()
        .getTemplate()
        .getSpec();
  }

  @Test
  void airGappedValuesReachTheOperatorAndEveryScanPod() {
    RenderedChart chart = RenderedChart.render("airgapped");
    PodSpec operatorPod = chart.deployment().getSpec().getTemplate().getSpec();
    Container operator = operatorPod.getContainers().get(0);
    assertThat(operator.getImage())
        .isEqualTo(
            "registry.internal:5000/readiness-dev/readiness-operator@sha256:" + "1".repeat(64));
    assertThat(operatorPod.getImagePullSecrets())
        .extracting("name")
        .containsExactly("internal-registry");
    assertThat(chart.operatorEnv().get("JAVA_TOOL_OPTIONS"))
        .contains("-Dhttps.proxyHost=proxy.internal", "-Dhttps.proxyPort=3128");
    assertThat(chart.operatorEnv())
        .containsEntry("READINESS_CA_BUNDLE_FILE", "/etc/readiness/ca/ca.crt");

    PodSpec scan = scanPod(OperatorConfig.fromEnvironment(chart.operatorEnv()));
    Container scanner = scan.getContainers().get(0);
    assertThat(scanner.getImage())
        .isEqualTo(
            "registry.internal:5000/readiness-dev/readiness-scanner@sha256:" + "2".repeat(64));
    assertThat(scanner.getImagePullPolicy()).isEqualTo("Always");
    assertThat(scan.getImagePullSecrets()).extracting("name").containsExactly("internal-registry");
    assertThat(scan.getNodeSelector()).containsEntry("pool", "scans");
    assertThat(scan.getTolerations()).extracting("key").containsExactly("dedicated");
    assertThat(scan.getAffinity().getNodeAffinity()).isNotNull();
    assertThat(scan.getPriorityClassName()).isEqualTo("low-priority");
    assertThat(scan.getVolumes())
        .anyMatch(v -> v.getConfigMap() != null && "corp-ca".equals(v.getConfigMap().getName()));

    assertThat(chart.all(ConfigMap.class))
        .filteredOn(c -> c.getMetadata().getName().equals("corp-ca"))
        .extracting(c -> c.getMetadata().getNamespace())
        .containsExactlyInAnyOrder(RenderedChart.NAMESPACE, "team-a");
    assertThat(chart.objects())
        .as("every image of the release comes from the internal registry")
        .allSatisfy(
            o ->
                assertThat(HelmChartTest.Serialized.of(o))
                    .doesNotContain("ghcr.io")
                    .doesNotContain("docker.io"));
  }

  @Test
  void theAirGappedExampleKeepsEveryImageAndEveryScanInside() {
    RenderedChart chart =
        RenderedChart.renderFile(
            Path.of("..", "examples", "helm", "airgapped-values.yaml"), Map.of());
    assertThat(chart.objects())
        .allSatisfy(
            o ->
                assertThat(HelmChartTest.Serialized.of(o))
                    .doesNotContain("ghcr.io")
                    .doesNotContain("docker.io")
                    .doesNotContain("github.com"));
    assertThat(
            chart.deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .startsWith("registry.corp.internal/")
        .contains("@sha256:");
    PodSpec scan = scanPod(OperatorConfig.fromEnvironment(chart.operatorEnv()));
    assertThat(scan.getContainers().get(0).getImage()).startsWith("registry.corp.internal/");
    assertThat(scan.getImagePullSecrets()).extracting("name").containsExactly("corp-registry");
    assertThat(chart.all(NetworkPolicy.class))
        .extracting(n -> n.getMetadata().getNamespace())
        .containsExactlyInAnyOrder("team-payments", "team-search");
    assertThat(chart.all(ConfigMap.class))
        .filteredOn(c -> c.getMetadata().getName().equals("corp-root-ca"))
        .hasSize(3);
  }

  @Test
  void namespacedModeGrantsNothingClusterWide() {
    RenderedChart chart = RenderedChart.render("namespaced");
    assertThat(chart.kind("ClusterRole")).isEmpty();
    assertThat(chart.kind("ClusterRoleBinding")).isEmpty();
    assertThat(chart.all(Role.class))
        .extracting(r -> r.getMetadata().getNamespace() + "/" + r.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "team-a/readiness-readiness-operator",
            "team-b/readiness-readiness-operator",
            "readiness-system/readiness-readiness-operator-leader-election");
    assertThat(chart.kind("RoleBinding")).hasSize(3);
    assertThat(OperatorConfig.fromEnvironment(chart.operatorEnv()).namespaces())
        .containsExactlyInAnyOrder("team-a", "team-b");

    List<NetworkPolicy> policies = chart.all(NetworkPolicy.class);
    assertThat(policies)
        .extracting(p -> p.getMetadata().getNamespace())
        .containsExactly("team-a", "team-b");
    NetworkPolicy np = policies.get(0);
    assertThat(np.getSpec().getPodSelector().getMatchLabels())
        .containsEntry(ScanJobs.MANAGED_BY, ScanJobs.OPERATOR);
    assertThat(np.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
    assertThat(np.getSpec().getIngress()).isEmpty();
    assertThat(np.getSpec().getEgress()).hasSize(2);
    assertThat(np.getSpec().getEgress().get(1).getTo().get(0).getIpBlock().getCidr())
        .isEqualTo("10.20.0.0/16");
    assertThat(np.getSpec().getEgress().get(1).getPorts())
        .extracting(p -> p.getPort().getIntVal())
        .containsExactly(443, 22);
    assertThat(chart.deployment().getSpec().getTemplate().getMetadata().getLabels())
        .as("the operator pod is not caught by the scan pods' policy")
        .doesNotContainEntry(ScanJobs.MANAGED_BY, ScanJobs.OPERATOR);
  }

  @Test
  void monitoringModeShipsServiceMonitorAlertsAndDashboards() {
    RenderedChart chart = RenderedChart.render("monitoring");
    HasMetadata monitor = chart.kind("ServiceMonitor").get(0);
    assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
    GenericKubernetesResource rule =
        (GenericKubernetesResource) chart.kind("PrometheusRule").get(0);
    assertThat(HelmChartTest.Serialized.of(rule))
        .contains(
            "ReadinessOperatorDown",
            "ReadinessScansFailing",
            "ReadinessBelowTarget",
            "ReadinessAssessmentStale");
    List<ConfigMap> dashboards =
        chart.all(ConfigMap.class).stream()
            .filter(c -> "1".equals(c.getMetadata().getLabels().get("grafana_dashboard")))
            .toList();
    assertThat(dashboards).hasSize(3);
    assertThat(dashboards)
        .allSatisfy(
            d ->
                assertThat(d.getMetadata().getAnnotations())
                    .containsEntry("grafana_folder", "Engineering"));
    OperatorConfig config = OperatorConfig.fromEnvironment(chart.operatorEnv());
    assertThat(config.leaderElection()).as("two replicas elect a leader").isTrue();
    assertThat(config.perSignalMetrics()).isTrue();
  }
}
