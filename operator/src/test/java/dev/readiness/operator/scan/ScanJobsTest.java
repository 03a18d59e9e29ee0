package dev.readiness.operator.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.RepositoryAssessment;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scan sandbox, field by field: what the "restricted" Pod Security Standard requires and more.
 */
class ScanJobsTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String INPUTS = "sha256:" + "ab".repeat(32);

  static RepositoryAssessment assessment(String secret) {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(
        new ObjectMetaBuilder()
            .withName("payments-api")
            .withNamespace("team-a")
            .withUid("uid-1")
            .build());
    ra.setSpec(
        new AssessmentSpec(
            new AssessmentSpec.RepositorySpec(
                "https://git.example.com/payments/api.git",
                "main",
                secret == null ? null : new AssessmentSpec.LocalRef(secret)),
            null,
            null,
            null,
            null));
    return ra;
  }

  private static Job job(OperatorConfig config, List<String> keys) {
    return ScanJobs.build(
        assessment(keys.isEmpty() ? null : "git-creds"), COMMIT, INPUTS, "{}", keys, config);
  }

  @Test
  void podIsSandboxed() {
    Job job = job(OperatorConfig.defaults(), List.of());
    PodSpec pod = job.getSpec().getTemplate().getSpec();
    assertThat(pod.getServiceAccountName()).isEqualTo("readiness-scanner");
    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getEnableServiceLinks()).isFalse();
    assertThat(pod.getHostNetwork()).isFalse();
    assertThat(pod.getHostPID()).isFalse();
    assertThat(pod.getHostIPC()).isFalse();
    assertThat(pod.getRestartPolicy()).isEqualTo("Never");
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(65532L);
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    Container c = pod.getContainers().get(0);
    var sc = c.getSecurityContext();
    assertThat(sc.getRunAsNonRoot()).isTrue();
    assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
    assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
    assertThat(sc.getPrivileged()).isFalse();
    assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(sc.getCapabilities().getAdd()).isNullOrEmpty();
    assertThat(sc.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(c.getPorts()).isNullOrEmpty();
    assertThat(pod.getVolumes()).noneMatch(v -> v.getHostPath() != null);
  }

  @Test
  void jobIsBoundedAndOwned() {
    Job job = job(OperatorConfig.defaults(), List.of());
    assertThat(job.getSpec().getBackoffLimit()).isZero();
    assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(900L);
    assertThat(job.getSpec().getTtlSecondsAfterFinished()).isEqualTo(3600);
    var owner = job.getMetadata().getOwnerReferences().get(0);
    assertThat(owner.getKind()).isEqualTo("RepositoryAssessment");
    assertThat(owner.getUid()).isEqualTo("uid-1");
    assertThat(owner.getController()).isTrue();
    assertThat(job.getMetadata().getNamespace()).isEqualTo("team-a");
    assertThat(job.getMetadata().getAnnotations())
        .containsEntry(ScanJobs.COMMIT_ANNOTATION, COMMIT)
        .containsEntry(ScanJobs.INPUTS_ANNOTATION, INPUTS);
    Container c = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    for (String r : List.of("cpu", "memory", "ephemeral-storage")) {
      assertThat(c.getResources().getRequests()).containsKey(r);
      assertThat(c.getResources().getLimits()).containsKey(r);
    }
    assertThat(c.getTerminationMessagePath()).isEqualTo("/dev/termination-log");
    assertThat(c.getArgs())
        .containsSequence("--expect-commit", COMMIT)
        .containsSequence("--result-file", "/dev/termination-log")
        .containsSequence("--ref", "main");
  }

  @Test
  void scratchSpaceIsSizeLimited() {
    PodSpec pod = job(OperatorConfig.defaults(), List.of()).getSpec().getTemplate().getSpec();
    Volume tmp =
        pod.getVolumes().stream().filter(v -> v.getName().equals("tmp")).findFirst().orElseThrow();
    assertThat(tmp.getEmptyDir().getSizeLimit().toString()).isEqualTo("2Gi");
    assertThat(pod.getContainers().get(0).getVolumeMounts())
        .anyMatch(m -> m.getMountPath().equals("/tmp") && !Boolean.TRUE.equals(m.getReadOnly()));
  }

  @Test
  void credentialsAreReadOnlyFilesNeverValues() {
    Job job = job(OperatorConfig.defaults(), List.of("token", "unrelated"));
    PodSpec pod = job.getSpec().getTemplate().getSpec();
    Volume v =
        pod.getVolumes().stream().filter(x -> x.getSecret() != null).findFirst().orElseThrow();
    assertThat(v.getSecret().getSecretName()).isEqualTo("git-creds");
    assertThat(v.getSecret().getItems()).extracting("key").containsExactly("token");
    Container c = pod.getContainers().get(0);
    assertThat(c.getVolumeMounts())
        .anyMatch(m -> m.getName().equals(v.getName()) && Boolean.TRUE.equals(m.getReadOnly()));
    assertThat(c.getEnv())
        .allMatch(e -> e.getValueFrom() == null)
        .extracting(EnvVar::getName)
        .contains("READINESS_GIT_TOKEN_FILE")
        .doesNotContain("READINESS_GIT_TOKEN");
    assertThat(c.getEnv())
        .filteredOn(e -> e.getName().equals("READINESS_GIT_TOKEN_FILE"))
        .extracting(EnvVar::getValue)
        .containsExactly("/var/run/readiness/git/token");
  }

  @Test
  void airGapOptionsReachThePod() {
    OperatorConfig cfg =
        OperatorConfig.fromEnvironment(
            Map.of(
                "READINESS_SCANNER_IMAGE", "registry.local/readiness-scanner@sha256:abc",
                "READINESS_SCANNER_PULL_SECRETS", "regcred",
                "READINESS_SCAN_NODE_SELECTOR", "pool=scans",
                "READINESS_SCAN_PRIORITY_CLASS", "low",
                "READINESS_CA_BUNDLE_CONFIGMAP", "corp-ca",
                "READINESS_SCAN_HTTPS_PROXY", "proxy.local:3128",
                "READINESS_SCAN_NO_PROXY", "git.local,10.0.0.1"));
    PodSpec pod = job(cfg, List.of()).getSpec().getTemplate().getSpec();
    Container c = pod.getContainers().get(0);
    assertThat(c.getImage()).isEqualTo("registry.local/readiness-scanner@sha256:abc");
    assertThat(pod.getImagePullSecrets()).extracting("name").containsExactly("regcred");
    assertThat(pod.getNodeSelector()).containsEntry("pool", "scans");
    assertThat(pod.getPriorityClassName()).isEqualTo("low");
    assertThat(pod.getVolumes())
        .anyMatch(v -> v.getConfigMap() != null && v.getConfigMap().getName().equals("corp-ca"));
    assertThat(c.getEnv()).extracting(EnvVar::getName).contains("READINESS_CA_BUNDLE_FILE");
    String opts =
        c.getEnv().stream()
            .filter(e -> e.getName().equals("JAVA_TOOL_OPTIONS"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(opts)
        .contains(
            "-Dhttps.proxyHost=proxy.local",
            "-Dhttps.proxyPort=3128",
            "-Dhttp.nonProxyHosts=git.local|10.0.0.1");
  }

  @Test
  void schedulingAndResourcesFromTheChartReachThePod() {
    OperatorConfig cfg =
        OperatorConfig.fromEnvironment(
            Map.of(
                "READINESS_SCAN_TOLERATIONS",
                "[{\"key\":\"dedicated\",\"operator\":\"Equal\",\"value\":\"scans\","
                    + "\"effect\":\"NoSchedule\"}]",
                "READINESS_SCAN_AFFINITY",
                "{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":"
                    + "{\"nodeSelectorTerms\":[{\"matchExpressions\":[{\"key\":\"pool\","
                    + "\"operator\":\"In\",\"values\":[\"scans\"]}]}]}}}",
                "READINESS_SCAN_RESOURCES",
                "{\"requests\":{\"cpu\":\"100m\"},\"limits\":{\"memory\":\"2Gi\"}}"));
    PodSpec pod = job(cfg, List.of()).getSpec().getTemplate().getSpec();
    assertThat(pod.getTolerations())
        .extracting("key", "effect")
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dedicated", "NoSchedule"));
    assertThat(pod.getAffinity().getNodeAffinity()).isNotNull();
    assertThat(pod.getContainers().get(0).getResources().getLimits().get("memory"))
        .hasToString("2Gi");
    assertThat(job(OperatorConfig.defaults(), List.of()).getSpec().getTemplate().getSpec())
        .satisfies(p -> assertThat(p.getTolerations()).isEmpty())
        .satisfies(p -> assertThat(p.getAffinity()).isNull());
    assertThatThrownBy(
            () -> OperatorConfig.fromEnvironment(Map.of("READINESS_SCAN_AFFINITY", "{nope")))
        .hasMessage("READINESS_SCAN_AFFINITY is not a valid JSON Affinity");
  }

  @Test
  void namesAreDeterministicShortAndValid() {
    String a = ScanJobs.name("payments-api", COMMIT, INPUTS);
    assertThat(a)
        .isEqualTo(ScanJobs.name("payments-api", COMMIT, INPUTS))
        .startsWith("scan-payments-api-01234567-");
    assertThat(ScanJobs.name("payments-api", COMMIT, "sha256:other")).isNotEqualTo(a);
    assertThat(ScanJobs.name("payments-api", "f".repeat(40), INPUTS)).isNotEqualTo(a);
    String longName = ScanJobs.name("a".repeat(60) + "-x.y", COMMIT, INPUTS);
    assertThat(longName).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  }
}
