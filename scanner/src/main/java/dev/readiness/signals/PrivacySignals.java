package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.AppKind;
import dev.readiness.facts.ProbeWords;
import java.util.Map;

/** Pillar 8, the rows about data: logs, personal data, threat model, SBOM, DAST, privacy. */
final class PrivacySignals {
  private static final ProbeWords PERSONAL_DATA =
      ProbeWords.of(
          "email",
          "phone_number",
          "phoneNumber",
          "first_name",
          "firstName",
          "last_name",
          "lastName",
          "date_of_birth",
          "dateOfBirth",
          "birthdate",
          "ssn");

  private static final ProbeWords SCRUBBERS =
      ProbeWords.of(
          "redact",
          "Redact",
          "REDACT",
          "MaskingPatternLayout",
          "maskPattern",
          "filter_parameters",
          "scrub",
          "LogSanitizer",
          "sanitizeLog");

  private static final ProbeWords PII_GUARDS =
      ProbeWords.of(
          "presidio",
          "PersonalData",
          "maskEmail",
          "mask_email",
          "anonymize",
          "pseudonymize",
          "DataClassification",
          "PII");

  private PrivacySignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put(
        "log_scrubbing",
        probing(PrivacySignals::logScrubbing, ObservabilitySignals.LOGGING, SCRUBBERS));
    m.put("pii_handling", probing(PrivacySignals::piiHandling, PERSONAL_DATA, PII_GUARDS));
    m.put("threat_model", PrivacySignals::threatModel);
    m.put("sbom_generation", PrivacySignals::sbomGeneration);
    m.put("dast_scanning", PrivacySignals::dastScanning);
    m.put("privacy_compliance", probing(PrivacySignals::privacyCompliance, PERSONAL_DATA));
  }

  private static Outcome logScrubbing(SignalContext ctx) {
    return !ObservabilitySignals.logs(ctx)
        ? Outcome.skip("the app does not log")
        : ctx.find()
            .probe(SCRUBBERS)
            .dependency(".*(pino-noir|logback-masking|log-redactor|redact).*")
            .result("logs are not scrubbed of sensitive data");
  }

  private static Outcome piiHandling(SignalContext ctx) {
    return !handlesPersonalData(ctx)
        ? Outcome.skip("no personal data fields found in the code")
        : ctx.find()
            .probe(PII_GUARDS)
            .dependency(".*(presidio.*|google-cloud-dlp|@google-cloud/dlp|scrubadub).*")
            .containsAnywhere("**/*.md", "(?i)\\bPII\\b|personal data")
            .result("personal data is handled but not classified or masked");
  }

  private static Outcome threatModel(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "THREAT_MODEL*",
            "THREAT-MODEL*",
            "threat-model*",
            "docs/threat-model*",
            "docs/threat_model*",
            "docs/**/threat-model*",
            "**/*.tm7",
            "**/threatmodel*.json")
        .containsAnywhere("**/*.md", "(?i)\\bSTRIDE\\b|threat model")
        .result("no threat model");
  }

  private static Outcome sbomGeneration(SignalContext ctx) {
    return ctx.find()
        // SPDX by itself names licences (spdx-expression-parse, spdx-license-ids): only
        // its SBOM tools count
        .plugin(".*(cyclonedx|spdx-maven|spdx-gradle|sbom).*")
        .dependency(".*(cyclonedx|sbom).*|spdx-tools|@spdx/.*|.*spdx-maven.*")
        .contains(".goreleaser.{yml,yaml}", "^sboms:")
        .ci("cyclonedx|syft|sbom-action|--sbom|spdx|cdxgen|\\bsbom\\b")
        .result("no SBOM is produced");
  }

  private static Outcome dastScanning(SignalContext ctx) {
    AppKind kind = ctx.app().map(a -> a.kind()).orElse(AppKind.SERVICE);
    if (!kind.isDeployed()) {
      return Outcome.skip("a " + kind.id() + " serves nothing to scan dynamically");
    }
    return ctx.find()
        .filesAnywhere("stackhawk.yml", ".zap/**", "zap.yaml")
        .ci(
            "zaproxy|zap-baseline|zap-full-scan|owasp zap|nuclei|stackhawk|hawkscan|burp|dastardly|nikto")
        .result("no dynamic application security testing");
  }

  private static Outcome privacyCompliance(SignalContext ctx) {
    if (!handlesPersonalData(ctx) && !DevenvSignals.usesServices(ctx)) {
      return Outcome.skip("no user data: no database and no personal data fields");
    }
    return ctx.find()
        .filesAnywhere(
            "PRIVACY*", "docs/privacy*", "docs/gdpr*", "docs/**/retention*", "docs/data-retention*")
        .containsAnywhere(
            "**/*.md",
            "(?im)^#+.*(data retention|privacy|gdpr|data deletion"
                + "|right to be forgotten|data export)")
        .result(
            "privacy obligations (retention, export, deletion) are not documented or implemented");
  }

  static boolean handlesPersonalData(SignalContext ctx) {
    return ctx.find().probe(PERSONAL_DATA).found();
  }
}
