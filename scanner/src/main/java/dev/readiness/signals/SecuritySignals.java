package dev.readiness.signals;

import dev.readiness.facts.FileEntry;
import dev.readiness.facts.HistoryCollector;
import dev.readiness.secrets.SecretFinding;
import dev.readiness.secrets.SecretHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Pillar 8: security and governance (the .gitignore and review rows live beside it). */
final class SecuritySignals {
  private static final Pattern OWNER_RULE =
      Pattern.compile("(?m)^\\s*[^#\\s]\\S*\\s+(@\\S+|\\S+@\\S+)");

  private SecuritySignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("gitignore_comprehensive", GitignoreCoverage::evaluate);
    m.put("no_committed_secrets", SecuritySignals::noSecrets);
    m.put("codeowners", SecuritySignals::codeowners);
    m.put("license_file", SecuritySignals::licenseFile);
    m.put("dependency_update_automation", SecuritySignals::dependencyUpdateAutomation);
    m.put("secrets_management", SecuritySignals::secretsManagement);
    m.put(
        "branch_protection",
        SignalEvaluator.undecidable("branch protection needs forge API access"));
    m.put("automated_security_review", SecuritySignals::securityReview);
    m.put("secret_scanning", SecuritySignals::secretScanning);
    m.put("dependency_scanning", SecuritySignals::dependencyScanning);
    m.put("sast_scanning", SecuritySignals::sastScanning);
    PrivacySignals.register(m);
  }

  private static Outcome licenseFile(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere("LICENSE*", "LICENCE*", "COPYING*", "UNLICENSE")
        .result("no LICENSE or COPYING file");
  }

  private static Outcome dependencyUpdateAutomation(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            ".github/dependabot.{yml,yaml}",
            "renovate.json",
            "renovate.json5",
            ".renovaterc*",
            ".github/renovate.json*",
            ".gitlab/renovate.json*",
            ".pyup.yml",
            ".updatecli.yaml")
        .section("renovate")
        .ci("renovatebot|dependabot|updatecli|scala-steward")
        .result("no Dependabot or Renovate configuration");
  }

  private static Outcome secretsManagement(SignalContext ctx) {
    return ctx.find()
        .ci("\\$\\{\\{\\s*secrets\\.|\\$[A-Z_]*(TOKEN|KEY|PASSWORD|SECRET)\\b|vault|credentials\\(")
        .containsAnywhere(
            "**/*.{yml,yaml}",
            "kind:\\s*(ExternalSecret|SealedSecret|SecretStore|ClusterSecretStore)")
        .filesAnywhere(".sops.yaml")
        .dependency(
            ".*(hvac|node-vault|@aws-sdk/client-secrets-manager|secretmanager|azure-keyvault-secrets"
                + "|spring-cloud-vault.*|spring-cloud-gcp-starter-secretmanager|hashicorp/vault).*")
        .result("no secret manager or CI secret store in use");
  }

  private static Outcome secretScanning(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            ".gitleaks.toml",
            ".gitleaksignore",
            ".secrets.baseline",
            ".trufflehog*",
            ".secretlintrc*",
            ".talismanrc")
        .contains(".pre-commit-config.yaml", "gitleaks|detect-secrets|trufflehog|ggshield|talisman")
        .ci("gitleaks|trufflehog|detect-secrets|ggshield|talisman|secretlint|kingfisher")
        .dependency("secretlint|detect-secrets")
        .result("no secret scanning in hooks or CI");
  }

  private static Outcome dependencyScanning(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "deny.toml",
            ".snyk",
            "osv-scanner.toml",
            "renovate.json",
            "renovate.json5",
            ".github/renovate.json",
            ".github/renovate.json5",
            ".renovaterc",
            ".renovaterc.json")
        // a bot that updates the project's packages (not only the CI's actions) also
        // raises their security fixes
        .containsAnywhere(
            ".github/dependabot.{yml,yaml}",
            "package-ecosystem:\\s*['\"]?(?!github-actions\\b)[\\w-]+")
        .plugin("org\\.owasp:dependency-check.*")
        .ci(
            "osv-scanner|trivy|grype|snyk|npm audit|yarn (npm )?audit|pnpm audit|pip-audit|safety check"
                + "|cargo audit|cargo deny|govulncheck|dependency-check|dependency-review-action"
                + "|bundler-audit|bundle audit|composer audit|--vulnerable|ossf/scorecard|retire")
        .result("dependencies are not scanned for vulnerabilities");
  }

  private static Outcome sastScanning(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            ".semgrep.yml",
            ".semgrep/**",
            ".bandit",
            "bandit.yaml",
            "sonar-project.properties",
            ".github/workflows/codeql*.yml")
        .containsAnywhere("**/pom.xml", "findsecbugs")
        .dependency("bandit|eslint-plugin-security|gosec|brakeman|security-code-scan.*")
        .ci(
            "codeql|semgrep|gosec|bandit|brakeman|findsecbugs|sonar|snyk code|horusec|bearer|njsscan"
                + "|security-code-scan|devskim|checkmarx|veracode|zizmor|sobelow")
        .result("no static security analysis");
  }

  /**
   * Fails on a credential committed in the tree or removed from it within the history window (a
   * deleted secret is still published); lists those in tests, documentation, untracked files.
   */
  private static Outcome noSecrets(SignalContext ctx) {
    List<SecretFinding> all = ctx.facts().secrets();
    Optional<SecretHistory> history = ctx.facts().secretHistory();
    List<String> leaks = new ArrayList<>();
    all.stream().filter(SecretFinding::fails).forEach(f -> leaks.add(f.describe()));
    int removed = history.map(h -> h.leaks().size()).orElse(0);
    history.ifPresent(h -> h.leaks().forEach(r -> leaks.add(r.describe())));
    List<String> listed =
        all.stream().filter(f -> !f.fails()).map(SecretFinding::describe).toList();
    List<String> evidence = new ArrayList<>();
    history.ifPresent(h -> evidence.add(h.coverage(HistoryCollector.DEFAULT_WINDOW_DAYS)));
    if (!leaks.isEmpty()) {
      evidence.addAll(leaks);
      evidence.addAll(listed);
      String note = removed > 0 ? " (" + removed + " removed from the tree, still in history)" : "";
      return Outcome.fail(leaks.size() + " committed credential(s) found" + note, evidence);
    }
    if (listed.isEmpty()) {
      evidence.add(0, "no credentials found in " + ctx.facts().counts().analyzed() + " text files");
    } else {
      evidence.add(
          listed.size()
              + " finding(s) in tests, documentation, examples, untracked files or publishable"
              + " keys (not failing)");
      evidence.addAll(listed);
    }
    return Outcome.pass(evidence);
  }

  private static Outcome codeowners(SignalContext ctx) {
    for (String path :
        List.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS")) {
      FileEntry f = ctx.facts().files().get(path);
      if (f == null) {
        continue;
      }
      String text = ctx.facts().text(path);
      if (text != null && OWNER_RULE.matcher(text).find()) {
        return Outcome.pass(path);
      }
      return Outcome.fail(path + " has no owner rule", List.of(path));
    }
    return Outcome.fail("no CODEOWNERS at the root, .github/, docs/ or .gitlab/");
  }

  private static Outcome securityReview(SignalContext ctx) {
    Pattern tool =
        Finder.re(
            "codeql-action|semgrep|snyk|security-review|claude-code-security-review"
                + "|bearer|trivy-action|gosec|bandit|brakeman|zaproxy|shiftleft|dependency-review-action");
    Finder f = ctx.find();
    for (FileEntry wf : ctx.facts().files().glob(".github/workflows/*.{yml,yaml}")) {
      String text = ctx.facts().text(wf.path());
      if (text != null && text.contains("pull_request") && tool.matcher(text).find()) {
        ctx.grep(wf.path(), tool).ifPresent(f::add);
      }
    }
    f.contains(".gitlab-ci.yml", "Security/SAST|sast|semgrep|secret_detection");
    return f.result("no security review runs on pull requests");
  }
}
