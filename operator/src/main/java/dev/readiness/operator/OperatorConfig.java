package dev.readiness.operator;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Operator settings, from environment variables the Helm chart sets.
 *
 * @param scannerImage image of scan Jobs (READINESS_SCANNER_IMAGE)
 * @param scannerServiceAccount service account of scan pods, with no bindings
 * @param maxConcurrentScans cluster-wide cap on running scan Jobs
 * @param namespaces watched namespaces; empty means all
 * @param caBundleConfigMap ConfigMap with ca.crt for internal Git servers, mounted in scan pods
 * @param httpsProxy host:port of an HTTPS proxy for scan pods, or null
 * @param perSignalMetrics export one series per signal and assessment
 * @param queueRecheck how often a queued assessment asks for a scan slot again
 * @param tolerations tolerations of scan pods (READINESS_SCAN_TOLERATIONS, a JSON list)
 * @param affinity affinity of scan pods (READINESS_SCAN_AFFINITY, JSON), or null
 * @param scanResources default requests and limits of scan pods (READINESS_SCAN_RESOURCES, JSON)
 */
public record OperatorConfig(
    String scannerImage,
    String imagePullPolicy,
    List<String> imagePullSecrets,
    String scannerServiceAccount,
    int maxConcurrentScans,
    Set<String> namespaces,
    Map<String, String> nodeSelector,
    String priorityClassName,
    String caBundleConfigMap,
    String httpsProxy,
    String noProxy,
    String workspaceSize,
    int defaultTimeoutSeconds,
    boolean perSignalMetrics,
    int metricsPort,
    boolean leaderElection,
    String operatorNamespace,
    Duration queueRecheck,
    List<Toleration> tolerations,
    Affinity affinity,
    ResourceRequirements scanResources) {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static final String DEFAULT_RESOURCES =
      "{\"requests\":{\"cpu\":\"250m\",\"memory\":\"512Mi\",\"ephemeral-storage\":\"1Gi\"},"
          + "\"limits\":{\"cpu\":\"1\",\"memory\":\"1Gi\",\"ephemeral-storage\":\"3Gi\"}}";

  public static OperatorConfig defaults() {
    return fromEnvironment(Map.of());
  }

  public static OperatorConfig fromEnvironment(Map<String, String> env) {
    return new OperatorConfig(
        env.getOrDefault(
            "READINESS_SCANNER_IMAGE", "ghcr.io/readiness-dev/readiness-scanner:0.1.0"),
        env.getOrDefault("READINESS_SCANNER_PULL_POLICY", "IfNotPresent"),
        list(env.get("READINESS_SCANNER_PULL_SECRETS")),
        env.getOrDefault("READINESS_SCANNER_SERVICE_ACCOUNT", "readiness-scanner"),
        positive(env, "READINESS_MAX_CONCURRENT_SCANS", 5),
        Set.copyOf(list(env.get("READINESS_WATCH_NAMESPACES"))),
        map(env.get("READINESS_SCAN_NODE_SELECTOR")),
        blankToNull(env.get("READINESS_SCAN_PRIORITY_CLASS")),
        blankToNull(env.get("READINESS_CA_BUNDLE_CONFIGMAP")),
        blankToNull(env.get("READINESS_SCAN_HTTPS_PROXY")),
        blankToNull(env.get("READINESS_SCAN_NO_PROXY")),
        env.getOrDefault("READINESS_SCAN_WORKSPACE_SIZE", "2Gi"),
        positive(env, "READINESS_SCAN_TIMEOUT_SECONDS", 900),
        Boolean.parseBoolean(env.getOrDefault("READINESS_PER_SIGNAL_METRICS", "false")),
        positive(env, "READINESS_METRICS_PORT", 8080),
        Boolean.parseBoolean(env.getOrDefault("READINESS_LEADER_ELECTION", "false")),
        env.getOrDefault("READINESS_OPERATOR_NAMESPACE", "readiness-system"),
        Duration.ofMillis(positive(env, "READINESS_QUEUE_RECHECK_MILLIS", 15_000)),
        List.of(json(env, "READINESS_SCAN_TOLERATIONS", "[]", Toleration[].class)),
        json(env, "READINESS_SCAN_AFFINITY", "null", Affinity.class),
        json(env, "READINESS_SCAN_RESOURCES", DEFAULT_RESOURCES, ResourceRequirements.class));
  }

  private static List<String> list(String csv) {
    if (csv == null || csv.isBlank()) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** "k=v,k2=v2" to a map. */
  private static Map<String, String> map(String csv) {
    return list(csv).stream()
        .map(kv -> kv.split("=", 2))
        .filter(kv -> kv.length == 2)
        .collect(Collectors.toUnmodifiableMap(kv -> kv[0].strip(), kv -> kv[1].strip()));
  }

  private static int positive(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive integer");
  }

  private static <T> T json(Map<String, String> env, String name, String fallback, Class<T> type) {
    String v = env.get(name);
    try {
      return JSON.unmarshal(v == null || v.isBlank() ? fallback : v, type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " is not a valid JSON " + type.getSimpleName(), e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
