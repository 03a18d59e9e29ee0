package dev.readiness.operator.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.readiness.operator.OperatorConfig;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Helm chart, linted and rendered by the real Helm, with the defaults and the schema. */
class HelmChartTest {
  @Test
  void lintStrictPasses() {
    LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();
    assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "airgapped", "namespaced", "monitoring"})
  void everyCiValuesFileRenders(String values) {
    RenderedChart chart = RenderedChart.render(values);
    assertThat(chart.objects()).isNotEmpty();
    for (HasMetadata o : chart.objects()) {
      assertThat(o.getMetadata().getLabels())
          .as("%s %s", o.getKind(), o.getMetadata().getName())
          .containsEntry("app.kubernetes.io/instance", "readiness");
    }
  }

  @Test
  void operatorPodMeetsTheRestrictedPodSecurityStandard() {
    PodSpec pod = RenderedChart.render("default").deployment().getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
    assertThat(pod.getHostPID()).isNotEqualTo(Boolean.TRUE);
    assertThat(pod.getVolumes()).allMatch(v -> v.getHostPath() == null);
    Container c = pod.getContainers().get(0);
    assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(c.getSecurityContext().getCapabilities().getAdd()).isNullOrEmpty();
    assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
    assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
    assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
  }

  @Test
  void scannerAccountHasNoTokenAndNoBinding() {
    RenderedChart chart = RenderedChart.render("default");
    ServiceAccount scanner = chart.named(ServiceAccount.class, "readiness-scanner").orElseThrow();
    assertThat(scanner.getAutomountServiceAccountToken()).isFalse();
    assertThat(chart.objects())
        .filteredOn(o -> o.getKind().endsWith("Binding"))
        .allSatisfy(b -> assertThat(Serialized.of(b)).doesNotContain("name: readiness-scanner"));
    assertThat(chart.operatorEnv())
        .containsEntry("READINESS_SCANNER_SERVICE_ACCOUNT", "readiness-scanner");
  }

  @Test
  void clusterRoleIsExactlyTheRbacTheRealApiServerTierRunsWith() throws Exception {
    ClusterRole rendered =
        RenderedChart.render("default")
            .named(ClusterRole.class, "readiness-readiness-operator")
            .orElseThrow();
    List<PolicyRule> tested;
    try (InputStream in = new FileInputStream("../deploy/rbac/operator.yaml")) {
      tested =
          RenderedChart.parse(
                  new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
              .stream()
              .filter(ClusterRole.class::isInstance)
              .map(ClusterRole.class::cast)
              .findFirst()
              .orElseThrow()
              .getRules();
    }
    assertThat(rendered.getRules()).isEqualTo(tested);
    assertThat(rendered.getRules())
        .as("read-only on specs, no wildcards, no escalation verbs")
        .allSatisfy(
            r -> {
              assertThat(r.getVerbs()).doesNotContain("*", "escalate", "bind", "impersonate");
              assertThat(r.getResources()).doesNotContain("*");
            });
  }

  @Test
  void defaultsMatchTheOperatorsOwnDefaultsAndReachNothingButTheTwoImages() {
    RenderedChart chart = RenderedChart.render("default");
    OperatorConfig fromChart = OperatorConfig.fromEnvironment(chart.operatorEnv());
    OperatorConfig builtIn = OperatorConfig.defaults();
    assertThat(fromChart.scannerImage()).isEqualTo(builtIn.scannerImage());
    assertThat(fromChart.maxConcurrentScans()).isEqualTo(builtIn.maxConcurrentScans());
    assertThat(fromChart.scanResources()).isEqualTo(builtIn.scanResources());
    assertThat(fromChart.defaultTimeoutSeconds()).isEqualTo(builtIn.defaultTimeoutSeconds());
    assertThat(fromChart.workspaceSize()).isEqualTo(builtIn.workspaceSize());
    assertThat(
            chart.deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("ghcr.io/readiness-dev/readiness-operator:0.1.0");
    assertThat(chart.kind("ServiceMonitor")).isEmpty();
    assertThat(chart.kind("PrometheusRule")).isEmpty();
    assertThat(chart.kind("NetworkPolicy")).isEmpty();
    assertThat(chart.objects())
        .as("no hooks, no jobs: nothing runs at install time")
        .allSatisfy(o -> assertThat(o.getKind()).isNotIn("Job", "Pod", "CronJob"))
        .allSatisfy(
            o -> assertThat(o.getMetadata().getAnnotations()).doesNotContainKey("helm.sh/hook"));
  }

  @ParameterizedTest
  @CsvSource({
    "scanner.maxConcurrentScans, 0, maxConcurrentScans",
    "operator.image.pullPolicy, Sometimes, pullPolicy",
    "scanner.image.digest, latest, digest",
    "metrics.port, 80, port",
    "watchNamespaces[0], Team_A, watchNamespaces",
    "surprise, 1, surprise",
  })
  void schemaRejectsBadValues(String key, String value, String named) {
    Object typed = value.matches("\\d+") ? Integer.parseInt(value) : value;
    assertThatThrownBy(() -> RenderedChart.render("default", Map.of(key, typed)))
        .hasMessageContaining(named);
  }

  @Test
  void chartCrdsAreTheGeneratedCrds() throws Exception {
    Path top = Path.of("..", "crds");
    try (Stream<Path> files = Files.list(top)) {
      for (Path crd : files.sorted().toList()) {
        Path copy = RenderedChart.CHART.resolve("crds").resolve(crd.getFileName());
        assertThat(copy)
            .as("helm/readiness-operator/crds drifted; copy crds/*.yaml into it")
            .exists()
            .hasSameTextualContentAs(crd);
      }
    }
  }

  /** YAML of one object, for assertions on its text. */
  static final class Serialized {
    private static final io.fabric8.kubernetes.client.utils.KubernetesSerialization YAML =
        new io.fabric8.kubernetes.client.utils.KubernetesSerialization();

    private Serialized() {}

    static String of(HasMetadata o) {
      return YAML.asYaml(o);
    }
  }
}
