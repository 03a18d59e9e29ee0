package dev.readiness.facts;

import dev.readiness.metrics.Language;
import dev.readiness.secrets.SecretRule;
import dev.readiness.secrets.SecretRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal keywords searched for in every analysed file during the single read (code-level facts
 * such as "t.Parallel()" or "/healthz"), plus the secret rules' anchors. Signals may only ask for
 * registered keywords, so no signal silently looks for something never collected.
 */
public final class Probes {
  private static final Set<String> PROBES =
      Set.of(
          "# typed: strict",
          "#[cfg(test)]",
          "$_ENV",
          "+build integration",
          "//go:build integration",
          "/health",
          "/healthz",
          "/livez",
          "/readyz",
          "@Entity",
          "AGENTS.md",
          "ActiveRecord::",
          "ActivitySource",
          "AddHealthChecks",
          "Bugsnag",
          "CREATE TABLE",
          "CircuitBreaker",
          "DataClassification",
          "DbContext",
          "DeclarativeBase",
          "ENV.fetch",
          "ENV[",
          "EcsLayout",
          "Flagsmith",
          "FlightRecorder",
          "GetEnvironmentVariable",
          "GrowthBook",
          "HEALTHCHECK",
          "Honeybadger",
          "ILogger",
          "JsonLayout",
          "JsonTemplateLayout",
          "JsonFormatter",
          "LaunchDarkly",
          "LogSanitizer",
          "Logger",
          "LoggerFactory",
          "LogstashEncoder",
          "MapHealthChecks",
          "MaskingPatternLayout",
          "MeterProvider",
          "MeterRegistry",
          "OpenFeature",
          "OpenTelemetry",
          "Opsgenie",
          "PII",
          "PagerDuty",
          "PersonalData",
          "Pyroscope",
          "QueryCountHolder",
          "REDACT",
          "Rails.logger",
          "Raygun",
          "Redact",
          "Rollbar",
          "Sentry.init",
          "SentrySdk",
          "Serilog",
          "StatsD",
          "Statsig",
          "System.getenv",
          "Unleash",
          "X-Correlation-ID",
          "X-Request-ID",
          "amplitude",
          "analytics.track",
          "anonymize",
          "app.datadoghq.com",
          "assertNumQueries",
          "assertQueryCount",
          "async-profiler",
          "birthdate",
          "import cProfile",
          "console.error",
          "console.log",
          "dateOfBirth",
          "date_of_birth",
          "declarative_base",
          "django_assert_num_queries",
          "dotenv",
          "email",
          "env::var(",
          "error_log(",
          "expectQueryCount",
          "filter_parameters",
          "firstName",
          "first_name",
          "generate_statistics",
          "getenv(",
          "googletagmanager",
          "gorm.Model",
          "gtag(",
          "health_check",
          "import.meta.env",
          "jdk.jfr",
          "lastName",
          "last_name",
          "livenessProbe",
          "log.Print",
          "log/slog",
          "log::",
          "logger",
          "logging",
          "logrus",
          "maskEmail",
          "maskPattern",
          "mask_email",
          "minimum_coverage",
          "mixpanel",
          "models.Model",
          "mongoose.Schema",
          "net/http/pprof",
          "openfeature",
          "opentelemetry",
          "opsgenie",
          "os.Getenv",
          "os.LookupEnv",
          "os.environ",
          "os.getenv",
          "pagerduty",
          "phoneNumber",
          "phone_number",
          "posthog",
          "presidio",
          "process.env",
          "prom-client",
          "prometheus_client",
          "promhttp",
          "pseudonymize",
          "py-spy",
          "pyroscope",
          "pythonjsonlogger",
          "readinessProbe",
          "redact",
          "sanitizeLog",
          "scrub",
          "sentry_sdk",
          "slog.",
          "ssn",
          "statsd",
          "std::env::var",
          "strict_loading",
          "structlog",
          "t.Parallel()",
          "traceparent",
          "tracing::",
          "tracing_subscriber",
          "x-request-id",
          "zap.");
  private static final Set<String> SECRET_ANCHORS = secretAnchors();

  /**
   * Keywords that are one language's syntax or API: they count in files of that language or of no
   * measured language (a .simplecov, a Makefile), never in another language's source, where they
   * can only be text about that language (a linter's rule table, a scanner's own catalog).
   */
  private static final Map<String, Language> SYNTAX_OF =
      Map.ofEntries(
          Map.entry("//go:build integration", Language.GO),
          Map.entry("+build integration", Language.GO),
          Map.entry("net/http/pprof", Language.GO),
          Map.entry("t.Parallel()", Language.GO),
          Map.entry("gorm.Model", Language.GO),
          Map.entry("os.LookupEnv", Language.GO),
          Map.entry("zap.", Language.GO),
          Map.entry("slog.", Language.GO),
          Map.entry("log.Print", Language.GO),
          Map.entry("logrus", Language.GO),
          Map.entry("log::", Language.RUST),
          Map.entry("tracing::", Language.RUST),
          Map.entry("minimum_coverage", Language.RUBY),
          Map.entry("# typed: strict", Language.RUBY),
          Map.entry("ActiveRecord::", Language.RUBY),
          Map.entry("Rails.logger", Language.RUBY),
          Map.entry("strict_loading", Language.RUBY),
          Map.entry("#[cfg(test)]", Language.RUST),
          Map.entry("std::env::var", Language.RUST),
          Map.entry("tracing_subscriber", Language.RUST),
          Map.entry("django_assert_num_queries", Language.PYTHON),
          Map.entry("sentry_sdk", Language.PYTHON),
          Map.entry("pythonjsonlogger", Language.PYTHON),
          Map.entry("import cProfile", Language.PYTHON));

  private Probes() {}

  public static boolean isProbe(String keyword) {
    return PROBES.contains(keyword);
  }

  /** Whether a hit of {@code keyword} in a file of {@code language} (null: none) is usage. */
  static boolean countsIn(String keyword, Language language) {
    Language only = SYNTAX_OF.get(keyword);
    return only == null || language == null || only == language;
  }

  static boolean isSecretAnchor(String keyword) {
    return SECRET_ANCHORS.contains(keyword);
  }

  static List<String> secretAnchorList() {
    return List.copyOf(SECRET_ANCHORS);
  }

  static List<String> allKeywords() {
    Set<String> all = new TreeSet<>(PROBES);
    all.addAll(SECRET_ANCHORS);
    return List.copyOf(all);
  }

  private static Set<String> secretAnchors() {
    Set<String> out = new TreeSet<>();
    for (SecretRule rule : SecretRules.all()) {
      out.addAll(rule.anchors());
    }
    return Set.copyOf(out);
  }
}
