package dev.readiness.operator.scan;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.RepositoryAssessment;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the sandboxed scan Job: non-root, read-only root filesystem, no token, no capabilities,
 * credentials as read-only files, bounded in time, memory and disk. It passes the "restricted" Pod
 * Security Standard.
 */
public final class ScanJobs {
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String OPERATOR = "readiness-operator";
  public static final String ASSESSMENT_LABEL = "readiness.dev/assessment";
  public static final String COMMIT_ANNOTATION = "readiness.dev/commit";
  public static final String INPUTS_ANNOTATION = "readiness.dev/inputs-hash";
  public static final long UID = 65532;
  static final String CREDENTIALS_DIR = "/var/run/readiness/git";
  static final String CA_DIR = "/etc/readiness/ca";

  private ScanJobs() {}

  /**
   * A deterministic name: the same assessment, commit and inputs always give the same Job, so a
   * retried create is harmless. At most 63 characters (it becomes the job-name label).
   */
  public static String name(String assessment, String commit, String inputsHash) {
    String key = assessment + "/" + commit + "/" + inputsHash;
    String base = assessment.length() > 40 ? assessment.substring(0, 40) : assessment;
    base = base.replaceAll("[^a-z0-9-]", "-").replaceAll("-+$", "");
    return "scan-" + base + "-" + commit.substring(0, 8) + "-" + sha(key).substring(0, 8);
  }

  /** The assessment owns its Jobs: they go when it goes (garbage collection). */
  private static OwnerReference owner(RepositoryAssessment ra) {
    return new OwnerReferenceBuilder()
        .withApiVersion(ra.getApiVersion())
        .withKind(ra.getKind())
        .withName(ra.getMetadata().getName())
        .withUid(ra.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }

  /** The restricted Pod Security Standard at pod level: non-root, fixed ids, RuntimeDefault. */
  private static PodSecurityContext podSecurity() {
    return new PodSecurityContextBuilder()
        .withRunAsNonRoot(true)
        .withRunAsUser(UID)
        .withRunAsGroup(UID)
        .withFsGroup(UID)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .build();
  }

  /**
   * The Job for one scan.
   *
   * @param secretKeys keys present in the credentials Secret, empty when there is none
   * @param policyJson the scan-relevant part of the policy (custom signals) as JSON
   */
  public static Job build(
      RepositoryAssessment ra,
      String commit,
      String inputsHash,
      String policyJson,
      List<String> secretKeys,
      OperatorConfig config) {
    AssessmentSpec spec = ra.getSpec();
    int timeout =
        spec.scan() != null && spec.scan().timeoutSeconds() != null
            ? spec.scan().timeoutSeconds()
            : config.defaultTimeoutSeconds();
    ScanPodVolumes volumes = new ScanPodVolumes(ra, secretKeys, config);
    return new JobBuilder()
        .withNewMetadata()
        .withName(name(ra.getMetadata().getName(), commit, inputsHash))
        .withNamespace(ra.getMetadata().getNamespace())
        .withLabels(Map.of(MANAGED_BY, OPERATOR, ASSESSMENT_LABEL, ra.getMetadata().getName()))
        .withAnnotations(Map.of(COMMIT_ANNOTATION, commit, INPUTS_ANNOTATION, inputsHash))
        .withOwnerReferences(owner(ra))
        .endMetadata()
        .withNewSpec()
        .withBackoffLimit(0)
        .withActiveDeadlineSeconds((long) timeout)
        .withTtlSecondsAfterFinished(3600)
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(Map.of(MANAGED_BY, OPERATOR, ASSESSMENT_LABEL, ra.getMetadata().getName()))
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .withServiceAccountName(config.scannerServiceAccount())
        .withAutomountServiceAccountToken(false)
        .withEnableServiceLinks(false)
        .withHostNetwork(false)
        .withHostPID(false)
        .withHostIPC(false)
        .withSecurityContext(podSecurity())
        .withImagePullSecrets(
            config.imagePullSecrets().stream().map(LocalObjectReference::new).toList())
        .withNodeSelector(config.nodeSelector().isEmpty() ? null : config.nodeSelector())
        .withPriorityClassName(config.priorityClassName())
        .withTolerations(config.tolerations())
        .withAffinity(config.affinity())
        .withVolumes(volumes.volumes())
        .withContainers(container(ra, commit, policyJson, volumes, config))
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static Container container(
      RepositoryAssessment ra,
      String commit,
      String policyJson,
      ScanPodVolumes volumes,
      OperatorConfig config) {
    List<EnvVar> env = new ArrayList<>(volumes.env());
    env.add(new EnvVar("HOME", "/tmp", null));
    env.add(new EnvVar("JAVA_TOOL_OPTIONS", javaOptions(config), null));
    return new ContainerBuilder()
        .withName("scan")
        .withImage(config.scannerImage())
        .withImagePullPolicy(config.imagePullPolicy())
        .withArgs(args(ra.getSpec().repository(), commit, policyJson))
        .withEnv(env)
        .withResources(resources(ra.getSpec(), config))
        .withTerminationMessagePath("/dev/termination-log")
        .withTerminationMessagePolicy("File")
        .withVolumeMounts(volumes.mounts())
        .withSecurityContext(
            new SecurityContextBuilder()
                .withRunAsNonRoot(true)
                .withReadOnlyRootFilesystem(true)
                .withAllowPrivilegeEscalation(false)
                .withPrivileged(false)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .withNewSeccompProfile()
                .withType("RuntimeDefault")
                .endSeccompProfile()
                .build())
        .build();
  }

  static List<String> args(AssessmentSpec.RepositorySpec repo, String commit, String policyJson) {
    // the scanner image's entrypoint is `readiness scan`; arguments start at the repository
    List<String> args = new ArrayList<>(List.of(repo.url()));
    if (repo.ref() != null) {
      args.addAll(List.of("--ref", repo.ref()));
    }
    args.addAll(
        List.of(
            "--expect-commit",
            commit,
            "--policy-text",
            policyJson,
            "--result-file",
            "/dev/termination-log",
            "--format",
            "text",
            "--no-color",
            "--quiet"));
    return args;
  }

  private static String javaOptions(OperatorConfig config) {
    StringBuilder sb = new StringBuilder("-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/tmp");
    if (config.httpsProxy() != null) {
      String[] hp = config.httpsProxy().replaceFirst("^https?://", "").split(":", 2);
      sb.append(" -Dhttps.proxyHost=").append(hp[0]).append(" -Dhttp.proxyHost=").append(hp[0]);
      if (hp.length == 2) {
        sb.append(" -Dhttps.proxyPort=").append(hp[1]).append(" -Dhttp.proxyPort=").append(hp[1]);
      }
    }
    if (config.noProxy() != null) {
      sb.append(" -Dhttp.nonProxyHosts=").append(config.noProxy().replace(',', '|'));
    }
    return sb.toString();
  }

  static ResourceRequirements resources(AssessmentSpec spec, OperatorConfig config) {
    if (spec.scan() != null && spec.scan().resources() != null) {
      return spec.scan().resources();
    }
    return config.scanResources();
  }

  static String sha(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
