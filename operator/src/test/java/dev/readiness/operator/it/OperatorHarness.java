package dev.readiness.operator.it;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.ReadinessOperator;
import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.assessment.CommitResolver;
import dev.readiness.operator.metrics.MetricsServer;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.source.SourceException;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The real operator in this JVM against the fabric8 CRUD mock (which has no server-side apply, so
 * status is merge-patched here), with a hand-moved clock and a fake kubelet.
 */
final class OperatorHarness implements AutoCloseable {
  static final String NS = "team-a";
  final KubernetesMockServer server;
  final KubernetesClient client;

  /**
   * The operator's own client (by default {@link #client}); the kubelet and tests use the other.
   */
  KubernetesClient operatorClient;

  final TestClock clock = new TestClock(Instant.now());
  final FakeKubelet kubelet;
  PrometheusMeterRegistry registry;
  ReadinessOperator operator;

  OperatorHarness(Path scratch) {
    this(scratch, mockServer());
  }

  /** Against any API server: {@code server} is the CRUD mock to destroy on close, or null. */
  OperatorHarness(Path scratch, KubernetesClient client) {
    this(scratch, client, null);
  }

  private OperatorHarness(Path scratch, KubernetesMockServer server) {
    this(scratch, server.createClient(), server);
  }

  private OperatorHarness(Path scratch, KubernetesClient client, KubernetesMockServer server) {
    this.server = server;
    this.client = client;
    this.operatorClient = client;
    this.kubelet = new FakeKubelet(client, scratch);
  }

  private static KubernetesMockServer mockServer() {
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    return server;
  }

  /** When set, every ls-remote throws it: an unexpected error in the middle of a reconcile. */
  volatile RuntimeException resolverFailure;

  void start(int cap) {
    start(cap, Map.of());
  }

  /** Starts the operator with Main's registry and extra environment settings. */
  void start(int cap, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("READINESS_MAX_CONCURRENT_SCANS", String.valueOf(cap));
    all.putIfAbsent("READINESS_QUEUE_RECHECK_MILLIS", "200");
    OperatorConfig config = OperatorConfig.fromEnvironment(all);
    registry = MetricsServer.newRegistry();
    operator =
        new ReadinessOperator(
            operatorClient,
            config,
            clock,
            registry,
            new CommitResolver() {
              @Override
              public String resolve(String url, String ref, Map<String, String> secret)
                  throws SourceException {
                RuntimeException failure = resolverFailure;
                if (failure != null) {
                  throw failure;
                }
                return super.resolve(url, ref, secret);
              }
            },
            o -> o.withUseSSAToPatchPrimaryResource(false));
    operator.start();
  }

  void stop() {
    if (operator != null) {
      operator.stop();
      operator = null;
    }
  }

  RepositoryAssessment assessment(String name, String url, String ref, String team) {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(NS)
            .withLabels(team == null ? Map.of() : Map.of("readiness.dev/team", team))
            .build());
    ra.setSpec(
        new AssessmentSpec(
            new AssessmentSpec.RepositorySpec(url, ref, null), null, null, null, null));
    return client.resource(ra).create();
  }

  RepositoryAssessment get(String name) {
    return client.resources(RepositoryAssessment.class).inNamespace(NS).withName(name).get();
  }

  ReadinessPolicy policy(PolicySpec spec) {
    ReadinessPolicy p = new ReadinessPolicy();
    p.setMetadata(new ObjectMetaBuilder().withName("default").withNamespace(NS).build());
    p.setSpec(spec);
    return client.resource(p).createOr(op -> op.update());
  }

  ReadinessPolicy getPolicy() {
    return client.resources(ReadinessPolicy.class).inNamespace(NS).withName("default").get();
  }

  /** Waits up to {@code timeout}, running the kubelet between checks. */
  void until(Duration timeout, BooleanSupplier done) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      kubelet.runOnce();
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("condition not met within " + timeout);
  }

  String scrape() {
    operator.metrics().refresh();
    return registry.scrape();
  }

  @Override
  public void close() {
    stop();
    kubelet.close();
    if (operatorClient != client) {
      operatorClient.close();
    }
    client.close();
    if (server != null) {
      server.destroy();
    }
  }
}
