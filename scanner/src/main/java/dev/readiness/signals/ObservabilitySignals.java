package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.AppKind;
import dev.readiness.facts.ProbeWords;
import dev.readiness.metrics.Language;
import java.util.Map;
import java.util.function.Function;

/** Pillar 7: debugging and observability. */
final class ObservabilitySignals {
  /** Words of code that logs, in the languages that have them. */
  static final ProbeWords LOGGING =
      ProbeWords.of("logging", "logger", "Logger")
          .in(Language.GO, "log.Print")
          .in(Language.RUST, "log::")
          .and("console.log", "console.error")
          .in(Language.GO, "slog.")
          .and("LoggerFactory", "ILogger")
          .in(Language.RUBY, "Rails.logger")
          .and("error_log(")
          .in(Language.GO, "zap.", "logrus")
          .in(Language.RUST, "tracing::");

  private static final ProbeWords STRUCTURED_LOGGERS =
      ProbeWords.of(
              "log/slog",
              "LogstashEncoder",
              "JsonTemplateLayout",
              "JsonLayout",
              "EcsLayout",
              "structlog")
          .in(Language.PYTHON, "pythonjsonlogger")
          .and("Serilog")
          .in(Language.RUST, "tracing_subscriber");

  // a JsonFormatter of log records, not Composer's formatter of JSON documents
  private static final ProbeWords JSON_FORMATTER = ProbeWords.of("JsonFormatter");

  private static final ProbeWords ERROR_TRACKERS =
      ProbeWords.of("Sentry.init")
          .in(Language.PYTHON, "sentry_sdk")
          .and("SentrySdk", "Bugsnag", "Rollbar", "Honeybadger", "Raygun");

  private static final ProbeWords TRACING =
      ProbeWords.of(
          "X-Request-ID",
          "x-request-id",
          "X-Correlation-ID",
          "traceparent",
          "ActivitySource",
          "opentelemetry",
          "OpenTelemetry");

  private static final ProbeWords METRICS =
      ProbeWords.of(
          "MeterRegistry",
          "promhttp",
          "prom-client",
          "prometheus_client",
          "statsd",
          "StatsD",
          "MeterProvider");

  private static final ProbeWords PAGERS =
      ProbeWords.of("pagerduty", "PagerDuty", "opsgenie", "Opsgenie");

  private static final ProbeWords HEALTH =
      ProbeWords.of(
          "/healthz",
          "/readyz",
          "/livez",
          "/health",
          "HEALTHCHECK",
          "livenessProbe",
          "readinessProbe",
          "MapHealthChecks",
          "AddHealthChecks",
          "health_check");

  private static final ProbeWords ANALYTICS =
      ProbeWords.of(
          "gtag(", "googletagmanager", "posthog", "mixpanel", "amplitude", "analytics.track");

  private static final ProbeWords CIRCUIT_BREAKER = ProbeWords.of("CircuitBreaker");
  private static final ProbeWords DATADOG = ProbeWords.of("app.datadoghq.com");

  private static final ProbeWords PROFILERS =
      ProbeWords.of()
          .in(Language.GO, "net/http/pprof")
          .and("pyroscope", "Pyroscope", "jdk.jfr", "FlightRecorder", "async-profiler", "py-spy")
          .in(Language.PYTHON, "import cProfile");

  private ObservabilitySignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put(
        "structured_logging",
        probing(
            ObservabilitySignals::structuredLogging, LOGGING, STRUCTURED_LOGGERS, JSON_FORMATTER));
    registerRest(m);
  }

  /**
   * Structured logs matter where software runs unattended: a library leaves the log format to the
   * application that uses it and a CLI writes for a person, so there a structured logger counts
   * when it is set up, and its absence is no failure.
   */
  private static Outcome structuredLogging(SignalContext ctx) {
    Outcome o = structuredLoggingOf(ctx);
    AppKind kind = ctx.app().map(a -> a.kind()).orElse(AppKind.SERVICE);
    if (kind != AppKind.SERVICE && o.status() == Status.FAIL) {
      return Outcome.skip(
          switch (kind) {
            case LIBRARY -> "a library leaves the log format to the application that uses it";
            case FRONTEND ->
                "a browser frontend logs to its user's console: structured logs are"
                    + " its server's";
            default ->
                "a "
                    + kind.id()
                    + " writes for the person at the terminal: structured"
                    + " logs do not apply";
          });
    }
    return o;
  }

  private static Outcome structuredLoggingOf(SignalContext ctx) {
    return logs(ctx)
        ? ctx.find()
            .dependency(
                ".*(structlog|loguru|python-json-logger|json-log-formatter|pino|winston|bunyan"
                    + "|go\\.uber\\.org/zap|zerolog|logrus|logstash-logback-encoder|log4j-layout-template-json"
                    + "|ecs-logging.*|serilog.*|tracing-subscriber|semantic_logger|lograge|monolog/monolog|slog-json).*")
            .probe(STRUCTURED_LOGGERS)
            .probeBeside(JSON_FORMATTER, LOGGING)
            .result("logs are plain text: no structured logger")
        : Outcome.skip("the app does not log");
  }

  private static void registerRest(Map<String, SignalEvaluator> m) {
    m.put(
        "error_tracking_contextualized",
        probing(deployed(ObservabilitySignals::errorTrackingContextualized), ERROR_TRACKERS));
    m.put("runbooks_documented", ObservabilitySignals::runbooksDocumented);
    m.put(
        "distributed_tracing",
        probing(
            deployed(ObservabilitySignals::distributedTracing, AppKind.CLI, AppKind.FRONTEND),
            TRACING));
    m.put(
        "metrics_collection",
        probing(
            deployed(ObservabilitySignals::metricsCollection, AppKind.CLI, AppKind.FRONTEND),
            METRICS));
    m.put(
        "alerting_configured", probing(deployed(ObservabilitySignals::alertingConfigured), PAGERS));
    m.put(
        "health_checks",
        probing(deployed(ObservabilitySignals::healthChecks, AppKind.CLI), HEALTH));
    m.put(
        "product_analytics_instrumentation",
        probing(
            deployed(ObservabilitySignals::productAnalyticsInstrumentation, AppKind.CLI),
            ANALYTICS));
    m.put(
        "circuit_breakers",
        probing(deployed(ObservabilitySignals::circuitBreakers, AppKind.CLI), CIRCUIT_BREAKER));
    m.put(
        "deployment_observability",
        probing(deployed(ObservabilitySignals::deploymentObservability), DATADOG));
    m.put(
        "profiling_instrumentation",
        probing(deployed(ObservabilitySignals::profilingInstrumentation), PROFILERS));
    m.put("error_to_insight_pipeline", deployed(ObservabilitySignals::errorToInsightPipeline));
  }

  private static Outcome errorTrackingContextualized(SignalContext ctx) {
    return ctx.find()
        .dependency(".*(sentry|bugsnag|rollbar|honeybadger|raygun).*")
        .probe(ERROR_TRACKERS)
        .result("no error tracker configured");
  }

  private static Outcome runbooksDocumented(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "**/runbook*/**",
            "**/runbooks/**",
            "**/RUNBOOK*",
            "**/playbooks/**/*.md",
            "docs/oncall*",
            "docs/incident*")
        .containsAnywhere("**/*.md", "(?im)^#+.*(runbook|incident response|on-?call)")
        .containsAnywhere("**/*.{yml,yaml}", "runbook_url")
        .result("no runbooks or incident procedures");
  }

  private static Outcome distributedTracing(SignalContext ctx) {
    return ctx.find()
        .dependency(".*(opentelemetry|jaeger|zipkin|micrometer-tracing|brave|dd-trace|ddtrace).*")
        .probe(TRACING)
        .result("no tracing or request-id propagation");
  }

  private static Outcome metricsCollection(SignalContext ctx) {
    return ctx.find()
        .dependency(
            ".*(prometheus|prom-client|micrometer|statsd|dogstatsd|datadog|opentelemetry-sdk-metrics"
                + "|metrics-exporter-prometheus|app\\.metrics).*")
        .probe(METRICS)
        .result("no metrics instrumentation");
  }

  private static Outcome alertingConfigured(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "**/alertmanager*.{yml,yaml}", "**/*alert*.{yml,yaml}", "**/prometheus-rules*")
        .containsAnywhere("**/*.{yml,yaml}", "kind:\\s*PrometheusRule|^\\s*-\\s*alert:|alertRules")
        .probe(PAGERS)
        .result("no alert rules in the repository");
  }

  private static Outcome healthChecks(SignalContext ctx) {
    return ctx.find()
        .probe(HEALTH)
        .dependency(
            ".*(spring-boot-starter-actuator|django-health-check|@nestjs/terminus|terminus"
                + "|grpc-health.*|healthchecks).*")
        .containsAnywhere("**/*.{yml,yaml}", "livenessProbe|readinessProbe")
        .result("no health endpoint or probe");
  }

  private static Outcome productAnalyticsInstrumentation(SignalContext ctx) {
    return ctx.find()
        .dependency(
            ".*(posthog|amplitude|mixpanel|@segment/.*|analytics-node|rudder|@vercel/analytics"
                + "|react-ga4|plausible|heap).*")
        .probe(ANALYTICS)
        .result("no product analytics");
  }

  private static Outcome circuitBreakers(SignalContext ctx) {
    return ctx.find()
        .dependency(
            ".*(resilience4j|polly|opossum|cockatiel|tenacity|pybreaker|gobreaker|hystrix"
                + "|failsafe|circuitbreaker|stoplight|circuitbox|semian|backoff|retry).*")
        .containsAnywhere(
            "**/*.{yml,yaml}",
            "(?mi)^\\s*(?:[\\w.-]*\\.)?(outlierdetection|circuitbreakers?|circuit_breakers)\\s*:")
        .probe(CIRCUIT_BREAKER)
        .result("no circuit breakers or retries around remote calls");
  }

  private static Outcome deploymentObservability(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere("**/dashboards/**/*.json", "**/grafana/**/*.json")
        .containsAnywhere("**/*.json", "\"panels\"\\s*:")
        .probe(DATADOG)
        .ci(
            "annotation|/api/annotations|sentry-cli releases|datadog-ci deployment|newrelic[^\\n]{0,200}deployment"
                + "|deployment[- ]marker")
        .result("no dashboards or deploy markers");
  }

  private static Outcome profilingInstrumentation(SignalContext ctx) {
    return ctx.find()
        .dependency(
            ".*(pyroscope|dd-trace|ddtrace|newrelic|elastic-apm|pprof|async-profiler|parca).*")
        .probe(PROFILERS)
        .result("no profiling set up");
  }

  private static Outcome errorToInsightPipeline(SignalContext ctx) {
    return ctx.find()
        .containsAnywhere(
            "**/*.{yml,yaml}", "jiralert|alertmanager-github-receiver|github-receiver")
        // an issue opened on a failure or an alert, not one opened on each release
        .ci(
            "("
                + FAILURE
                + ")[\\s\\S]{0,400}("
                + ISSUE
                + ")|("
                + ISSUE
                + ")[^\\n]{0,200}("
                + FAILURE
                + ")|jira-create|linear[^\\n]{0,200}issue")
        .result("errors and alerts do not become work items automatically");
  }

  private static final String FAILURE = "failure\\(\\)|fail|error|alert|incident|crash";
  private static final String ISSUE =
      "gh issue create|issues\\.create|create-an-issue|create-issue-action";

  static boolean logs(SignalContext ctx) {
    return ctx.find().probe(LOGGING).found();
  }

  /**
   * Wraps a detector that applies only to deployed apps: libraries are skipped, and so are the
   * {@code exempt} kinds (CLIs, which run at a terminal; browser frontends, whose logs, traces and
   * metrics are the server's to keep), except where they instrument themselves (a resilience
   * library publishing metrics to its users, a frontend that propagates trace context).
   */
  private static SignalEvaluator deployed(
      Function<SignalContext, Outcome> body, AppKind... exempt) {
    return ctx -> {
      AppKind kind = ctx.app().map(a -> a.kind()).orElse(AppKind.SERVICE);
      Outcome o = body.apply(ctx);
      if ((kind == AppKind.LIBRARY || java.util.Arrays.asList(exempt).contains(kind))
          && o.status() != Status.PASS) {
        return Outcome.skip(
            kind == AppKind.FRONTEND
                ? "a browser frontend's logs, traces and metrics are its server's: this does not apply"
                : "a " + kind.id() + " is not deployed: this does not apply");
      }
      return o;
    };
  }
}
