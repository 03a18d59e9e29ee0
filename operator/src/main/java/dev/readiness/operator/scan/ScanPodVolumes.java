package dev.readiness.operator.scan;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.api.RepositoryAssessment;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scan pod's volumes: a size-limited emptyDir for /tmp (clone and JVM scratch), the credentials
 * Secret as read-only files, and an optional CA bundle.
 */
final class ScanPodVolumes {
  /** Secret keys the scanner understands, and the variable naming each file. */
  static final Map<String, String> SECRET_KEYS =
      Map.of(
          "token", "READINESS_GIT_TOKEN_FILE",
          "username", "READINESS_GIT_USERNAME_FILE",
          "password", "READINESS_GIT_PASSWORD_FILE",
          "ssh-privatekey", "READINESS_SSH_KEY_FILE",
          "known_hosts", "READINESS_SSH_KNOWN_HOSTS_FILE");

  private final List<Volume> volumes = new ArrayList<>();
  private final List<VolumeMount> mounts = new ArrayList<>();
  private final List<EnvVar> env = new ArrayList<>();

  ScanPodVolumes(RepositoryAssessment ra, List<String> secretKeys, OperatorConfig config) {
    volumes.add(
        new VolumeBuilder()
            .withName("tmp")
            .withNewEmptyDir()
            .withSizeLimit(new Quantity(config.workspaceSize()))
            .endEmptyDir()
            .build());
    mounts.add(mount("tmp", "/tmp"));
    var ref = ra.getSpec().repository().credentialsSecretRef();
    List<String> keys = secretKeys.stream().filter(SECRET_KEYS::containsKey).sorted().toList();
    if (ref != null && !keys.isEmpty()) {
      volumes.add(
          new VolumeBuilder()
              .withName("git-credentials")
              .withNewSecret()
              .withSecretName(ref.name())
              .withDefaultMode(0440)
              .withItems(keys.stream().map(k -> new KeyToPath(k, null, k)).toList())
              .endSecret()
              .build());
      mounts.add(mount("git-credentials", ScanJobs.CREDENTIALS_DIR));
      keys.forEach(
          k -> env.add(new EnvVar(SECRET_KEYS.get(k), ScanJobs.CREDENTIALS_DIR + "/" + k, null)));
    }
    if (config.caBundleConfigMap() != null) {
      volumes.add(
          new VolumeBuilder()
              .withName("ca-bundle")
              .withNewConfigMap()
              .withName(config.caBundleConfigMap())
              .withDefaultMode(0444)
              .endConfigMap()
              .build());
      mounts.add(mount("ca-bundle", ScanJobs.CA_DIR));
      env.add(new EnvVar("READINESS_CA_BUNDLE_FILE", ScanJobs.CA_DIR + "/ca.crt", null));
    }
  }

  private static VolumeMount mount(String name, String path) {
    return new VolumeMountBuilder()
        .withName(name)
        .withMountPath(path)
        .withReadOnly(!"tmp".equals(name))
        .build();
  }

  List<Volume> volumes() {
    return volumes;
  }

  List<VolumeMount> mounts() {
    return mounts;
  }

  List<EnvVar> env() {
    return env;
  }
}
