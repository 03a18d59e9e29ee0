package dev.readiness.operator.it;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real kube-apiserver (and etcd) started offline by kube-api-test from the binaries that
 * .ci/kube-apiserver.sh builds, with this project's CRDs, namespaces and operator RBAC installed.
 */
final class LocalApiServer implements AutoCloseable {
  static final String VERSION = "1.20.2";

  final KubeAPIServer server;
  final KubernetesClient admin;

  private LocalApiServer(KubeAPIServer server, KubernetesClient admin) {
    this.server = server;
    this.admin = admin;
  }

  /** Whether {@code dir} (KUBE_API_TEST_DIR) holds a built kube-apiserver. */
  static boolean availableIn(String dir) {
    return dir != null
        && Files.isExecutable(Path.of(dir, "k8s", VERSION + "-linux-amd64", "kube-apiserver"));
  }

  static LocalApiServer start(String dir) throws IOException {
    KubeAPIServer server =
        new KubeAPIServer(
            KubeAPIServerConfigBuilder.anAPIServerConfig()
                .withOfflineMode(true)
                .withTestDir(dir)
                .withApiServerVersion(VERSION)
                .withUpdateKubeConfig(false)
                .build());
    server.start();
    KubernetesClient admin = clientOf(server);
    for (String crd : List.of("repositoryassessments", "readinesspolicies")) {
      try (InputStream in = new FileInputStream("../crds/" + crd + ".readiness.dev.yaml")) {
        admin.load(in).create();
      }
    }
    for (String ns : List.of("readiness-system", OperatorHarness.NS)) {
      admin
          .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
          .create();
    }
    try (InputStream in = new FileInputStream("../deploy/rbac/operator.yaml")) {
      admin.load(in).create();
    }
    for (String crd : List.of("repositoryassessments", "readinesspolicies")) {
      ForeignCrds.awaitEstablished(admin, crd + ".readiness.dev");
    }
    return new LocalApiServer(server, admin);
  }

  /** The operator's own identity: its ServiceAccount, bound only to the chart's RBAC. */
  static final String OPERATOR_SA = "system:serviceaccount:readiness-system:readiness-operator";

  /** A client that impersonates the operator's ServiceAccount. */
  KubernetesClient asOperator() {
    Config cfg = Config.fromKubeconfig(server.getKubeConfigYaml());
    cfg.setImpersonateUsername(OPERATOR_SA);
    cfg.setImpersonateGroups(
        "system:serviceaccounts",
        "system:serviceaccounts:readiness-system",
        "system:authenticated");
    return new KubernetesClientBuilder().withConfig(cfg).build();
  }

  /** A new client of the same server, for code that closes its client. */
  KubernetesClient newClient() {
    return clientOf(server);
  }

  private static KubernetesClient clientOf(KubeAPIServer server) {
    return new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(server.getKubeConfigYaml()))
        .build();
  }

  @Override
  public void close() {
    admin.close();
    server.stop();
  }
}
