package dev.readiness.operator;

import dev.readiness.operator.assessment.CommitResolver;
import dev.readiness.operator.metrics.MetricsServer;
import dev.readiness.source.SourceException;
import dev.readiness.source.TrustBundle;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Starts the operator and its metrics port; stops both on SIGTERM. */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {}

  public static void main(String[] args) throws Exception {
    OperatorConfig config;
    try {
      config = OperatorConfig.fromEnvironment(System.getenv());
      // the operator resolves refs itself (git ls-remote), so it trusts the same CA bundle
      TrustBundle.install(System.getenv("READINESS_CA_BUNDLE_FILE"));
    } catch (IllegalArgumentException | SourceException e) {
      System.err.println("readiness-operator: " + e.getMessage());
      System.exit(2);
      return;
    }
    Logging.configure(
        Boolean.parseBoolean(System.getenv().getOrDefault("READINESS_LOG_JSON", "false")));
    PrometheusMeterRegistry registry = MetricsServer.newRegistry();
    KubernetesClient client = new KubernetesClientBuilder().build();
    ReadinessOperator op =
        new ReadinessOperator(
            client, config, Clock.systemUTC(), registry, new CommitResolver(), o -> {});
    AtomicBoolean started = new AtomicBoolean();
    MetricsServer server =
        new MetricsServer(config.metricsPort(), registry, op.metrics(), () -> true, started::get);
    server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("stopping");
                  op.stop();
                  server.close();
                  client.close();
                  stopped.countDown();
                }));
    op.start();
    started.set(true);
    LOG.info("readiness-operator started; metrics on :" + server.port());
    stopped.await();
  }
}
