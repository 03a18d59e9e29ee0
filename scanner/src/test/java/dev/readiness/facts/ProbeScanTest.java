package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.metrics.Language;
import dev.readiness.signals.Signals;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProbeScanTest {
  /** The catalog's words, as a scan finds them. */
  private static ProbeScan scan(String path, String text, Language language) {
    return ProbeScan.of(path, text, language, ProbeMatcher.of(Signals.probeWords()));
  }

  @Test
  void codeThatUsesAFewKeywordsKeepsItsHits() {
    String source =
        """
        class Telemetry {
          static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);
          void start() { Sentry.init(o -> o.setDsn(System.getenv("SENTRY_DSN"))); }
        }
        """;
    assertThat(scan("src/Telemetry.java", source, Language.JAVA).hits())
        .extracting(ProbeHit::keyword)
        .contains("Sentry.init", "LoggerFactory", "System.getenv");
  }

  @Test
  void hitsCarryTheLineTheyStartOn() {
    String source =
        "package x;\n\n\nimport io.sentry.Sentry;\n"
            + "class A {\n".repeat(40)
            + "  void f() { Sentry.init(o -> {}); }\n\n"
            + "  String k = \"AKIA"
            + "ABCDEFGHIJKLMNOP\";\n"
            + "}\n".repeat(40)
            + "// LoggerFactory";
    ProbeScan scan = scan("src/A.java", source, Language.JAVA);
    assertThat(scan.hits())
        .extracting(h -> h.keyword() + "@" + h.line())
        .contains("Sentry.init@45", "LoggerFactory@88");
    assertThat(scan.secretLines()).containsExactly(47);
    assertThat(scan.line(source, 47)).isEqualTo("  String k = \"AKIA" + "ABCDEFGHIJKLMNOP\";");
  }

  @Test
  void aKeywordTableIsDataNotUsage() {
    List<String> keywords =
        List.of(
            "Sentry.init",
            "Bugsnag",
            "Rollbar",
            "Honeybadger",
            "Raygun",
            "FlightRecorder",
            "Pyroscope",
            "OpenTelemetry",
            "LaunchDarkly",
            "Unleash",
            "minimum_coverage");
    String table =
        keywords.stream()
            .map(k -> "    \"" + k + "\",")
            .collect(Collectors.joining("\n", "Set.of(\n", "\n);\n"));
    assertThat(keywords).hasSizeGreaterThanOrEqualTo(ProbeScan.KEYWORD_TABLE);
    assertThat(scan("src/Rules.java", table, Language.JAVA).hits()).isEmpty();
  }

  @Test
  void aKeywordTableStillHasItsSecretsChecked() {
    String table =
        "Sentry.init Bugsnag Rollbar Honeybadger Raygun FlightRecorder Pyroscope OpenTelemetry"
            + " LaunchDarkly Unleash\naws_key = \"AKIA"
            + "ABCDEFGHIJKLMNOP\"\n";
    assertThat(scan("src/Rules.java", table, Language.JAVA).secretLines()).contains(2);
  }

  @Test
  void oneLanguagesSyntaxCountsOnlyWhereThatLanguageCouldRunIt() {
    String go = "//go:build integration\n\npackage db\n";
    assertThat(scan("db/db_test.go", go, Language.GO).hits()).isNotEmpty();
    assertThat(scan("Makefile", "test:\n\tgo test -tags '+build integration'\n", null).hits())
        .isNotEmpty();
    String java = "List<String> tags = List.of(\"//go:build integration\");\n";
    assertThat(scan("src/Tags.java", java, Language.JAVA).hits()).isEmpty();
  }

  @Test
  void goAndRustLoggersCountOnlyInGoAndRust() {
    String go = "package m\n\nvar log = zap.NewExample()\n";
    assertThat(scan("main.go", go, Language.GO).hits())
        .extracting(ProbeHit::keyword)
        .contains("zap.");
    String rust = "fn main() { tracing::info!(\"up\"); }\n";
    assertThat(scan("src/main.rs", rust, Language.RUST).hits())
        .extracting(ProbeHit::keyword)
        .contains("tracing::");
    String java = "Finder f = find().files(\".zap/**\", \"zap.yaml\");\n";
    assertThat(scan("src/Dast.java", java, Language.JAVA).hits()).isEmpty();
  }
}
