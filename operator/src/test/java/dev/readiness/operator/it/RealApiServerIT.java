package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.ReadinessOperator;
import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.assessment.CommitResolver;
import dev.readiness.operator.chart.RenderedChart;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.signals.Status;
import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator against a real kube-apiserver (built offline by .ci/kube-apiserver.sh), with RBAC on
 * and the operator impersonating its own ServiceAccount bound only to deploy/rbac/operator.yaml.
 * Skipped, with a message, where the binaries are not built.
 */
class RealApiServerIT {
  static final String OPERATOR_SA = "system:serviceaccount:readiness-system:readiness-operator";
  static LocalApiServer local;
  static KubeAPIServer server;
  static KubernetesClient admin;
  @TempDir static Path tmp;

  @BeforeAll
  static void startServer() throws Exception {
    String dir = System.getenv("KUBE_API_TEST_DIR");
    assumeTrue(
        LocalApiServer.availableIn(dir),
        "no kube-apiserver: run .ci/kube-apiserver.sh and set KUBE_API_TEST_DIR");
    local = LocalApiServer.start(dir);
    server = local.server;
    admin = local.admin;
  }

  @AfterAll
  static void stopServer() {
    if (local != null) {
      local.close();
    }
  }

  private static RepositoryAssessment assessment(String name, String url) {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("team-a").build());
    ra.setSpec(
        new AssessmentSpec(
            new AssessmentSpec.RepositorySpec(url, null, null), null, null, null, null));
    return ra;
  }

  @Test
  void schemaRejectsInvalidResources() {
    assertThatThrownBy(() -> admin.resource(assessment("bad-url", "ftp://example.com/x")).create())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(422));
    ReadinessPolicy p = new ReadinessPolicy();
    p.setMetadata(new ObjectMetaBuilder().withName("bad").withNamespace("team-a").build());
    p.setSpec(new PolicySpec(9, null, null, null, null, null, null, null));
    assertThatThrownBy(() -> admin.resource(p).create())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("targetLevel");
  }

  @Test
  void everyExampleIsAcceptedAndRoundTrips() throws Exception {
    List<HasMetadata> examples = Examples.load(Examples.DIRECTORY);
    examples.stream()
        .map(o -> o.getMetadata().getNamespace())
        .distinct()
        .forEach(
            ns ->
                admin
                    .resource(
                        new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
                    .serverSideApply());
    try {
      for (HasMetadata o : examples) {
        HasMetadata created = admin.resource(o).create();
        assertThat(created.getMetadata().getUid()).as(o.getMetadata().getName()).isNotBlank();
        if (o instanceof RepositoryAssessment ra) {
          assertThat(((RepositoryAssessment) created).getSpec())
              .as("stored spec of %s", ra.getMetadata().getName())
              .isEqualTo(ra.getSpec());
        } else if (o instanceof ReadinessPolicy p) {
          assertThat(((ReadinessPolicy) created).getSpec()).isEqualTo(p.getSpec());
        }
      }
    } finally {
      examples.forEach(o -> admin.resource(o).delete());
    }
  }

  @Test
  void gitOpsExamplesApplyWhereArgoCdAndFluxAreInstalled() throws Exception {
    for (var crd : ForeignCrds.gitOps()) {
      admin.resource(crd).create();
      ForeignCrds.awaitEstablished(admin, crd.getMetadata().getName());
    }
    List<HasMetadata> examples = Examples.load(Examples.GITOPS);
    assertThat(examples)
        .extracting(HasMetadata::getKind)
        .contains("Application", "ConfigMap", "GitRepository", "Kustomization");
    for (String ns : List.of("argocd", "flux-system")) {
      admin
          .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
          .serverSideApply();
    }
    try {
      for (HasMetadata o : examples) {
        assertThat(admin.resource(o).create().getMetadata().getUid())
            .as(o.getKind() + " " + o.getMetadata().getName())
            .isNotBlank();
      }
    } finally {
      examples.forEach(o -> admin.resource(o).delete());
    }
  }

  @Test
  void chartManifestsPassServerSideDryRun() {
    for (String values : List.of("default", "airgapped", "namespaced", "monitoring")) {
      RenderedChart chart = RenderedChart.render(values);
      Stream.concat(
              Stream.of(RenderedChart.NAMESPACE),
              chart.objects().stream().map(o -> o.getMetadata().getNamespace()))
          .filter(java.util.Objects::nonNull)
          .distinct()
          .forEach(
              ns ->
                  admin
                      .resource(
                          new NamespaceBuilder()
                              .withNewMetadata()
                              .withName(ns)
                              .endMetadata()
                              .build())
                      .serverSideApply());
      for (HasMetadata o : chart.objects()) {
        if (o.getApiVersion().startsWith("monitoring.coreos.com/")) {
          continue; // Prometheus operator kinds: no CRD on a bare API server
        }
        assertThatCode(() -> admin.resource(o).dryRun().forceConflicts().serverSideApply())
            .as("%s: %s %s", values, o.getKind(), o.getMetadata().getName())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void operatorWithOnlyItsOwnRbacScoresAnAssessment() throws Exception {
    KubernetesClient asOperator = local.asOperator();
    assertThatThrownBy(() -> asOperator.namespaces().list())
        .as("RBAC is on and the operator cannot list namespaces")
        .isInstanceOf(KubernetesClientException.class);
    GitFixture repo = new GitFixture(tmp.resolve("repo"));
    List<Throwable> informerErrors = new CopyOnWriteArrayList<>();
    ReadinessOperator op = operator(asOperator, informerErrors);
    FakeKubelet kubelet = new FakeKubelet(admin, tmp);
    LogCapture log = new LogCapture();
    try {
      op.start();
      ReadinessPolicy policy = new ReadinessPolicy();
      policy.setMetadata(
          new ObjectMetaBuilder().withName("default").withNamespace("team-a").build());
      policy.setSpec(new PolicySpec(2, null, null, null, null, null, null, null));
      admin.resource(policy).create();
      admin.resource(assessment("svc", repo.url())).create();
      RepositoryAssessment got = scored(kubelet);
      assertThat(informerErrors).as("informers stopped (RBAC missing?)").isEmpty();
      assertThat(got.getStatus())
          .as("no status; jobs %s; warnings %s", kubelet.jobs().size(), log.lines())
          .isNotNull();
      assertThat(got.getStatus().level()).as("status: %s", got.getStatus()).isNotNull();
      assertThat(got.getStatus().signals()).containsEntry("readme", Status.PASS);
      assertThat(admin.serviceAccounts().inNamespace("team-a").withName("readiness-scanner").get())
          .as("scanner account created with the operator's own RBAC")
          .isNotNull();
      ReadinessPolicy rp = counted();
      assertThat(rp.getStatus().counts().scanned())
          .as("policy status written by server-side apply")
          .isEqualTo(1);
      List<HasMetadata> events =
          List.copyOf(admin.v1().events().inNamespace("team-a").list().getItems());
      assertThat(events).isNotEmpty();
    } finally {
      log.close();
      op.stop();
      asOperator.close();
    }
  }

  /** The operator as its own ServiceAccount, with leader election, recording stopped informers. */
  private static ReadinessOperator operator(
      KubernetesClient asOperator, List<Throwable> informerErrors) {
    OperatorConfig config =
        OperatorConfig.fromEnvironment(
            Map.of(
                "READINESS_LEADER_ELECTION",
                "true",
                "READINESS_OPERATOR_NAMESPACE",
                "readiness-system"));
    return new ReadinessOperator(
        asOperator,
        config,
        Clock.systemUTC(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
        new CommitResolver(),
        // a stopped informer would exit the JVM (right for a pod, wrong for a test): record it
        o -> o.withInformerStoppedHandler((informer, ex) -> informerErrors.add(ex)));
  }

  /** The assessment once it has a level, running scan pods meanwhile (or after 90 s). */
  private RepositoryAssessment scored(FakeKubelet kubelet) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    RepositoryAssessment got = null;
    while (System.nanoTime() < end) {
      kubelet.runOnce();
      got = admin.resources(RepositoryAssessment.class).inNamespace("team-a").withName("svc").get();
      if (got.getStatus() != null && got.getStatus().level() != null) {
        break;
      }
      Thread.sleep(200);
    }
    return got;
  }

  /** The policy once its rollup counts the scanned assessment (or after 30 s). */
  private ReadinessPolicy counted() throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    ReadinessPolicy rp = null;
    while (System.nanoTime() < end) {
      rp = admin.resources(ReadinessPolicy.class).inNamespace("team-a").withName("default").get();
      if (rp.getStatus() != null
          && rp.getStatus().counts() != null
          && rp.getStatus().counts().scanned() == 1) {
        break;
      }
      Thread.sleep(200);
    }
    return rp;
  }
}
