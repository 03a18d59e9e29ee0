package dev.readiness.secrets;

import java.util.List;
import java.util.regex.Pattern;

/** The built-in rule set for committed credentials. */
public final class SecretRules {
  /** Names that make an assigned value a secret candidate, matched case-sensitively as written. */
  static final List<String> SECRET_NAME_ANCHORS =
      List.of(
          "password",
          "Password",
          "PASSWORD",
          "passwd",
          "PASSWD",
          "secret",
          "Secret",
          "SECRET",
          "token",
          "Token",
          "TOKEN",
          "api_key",
          "apiKey",
          "ApiKey",
          "API_KEY",
          "apikey",
          "APIKEY",
          "access_key",
          "accessKey",
          "ACCESS_KEY",
          "private_key",
          "privateKey",
          "PRIVATE_KEY");

  private static final List<SecretRule> RULES =
      List.of(
          SecretRule.keyBlock(
              "private-key",
              "private key block",
              List.of("PRIVATE KEY"),
              "-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----"),
          SecretRule.of(
              "aws-access-key-id",
              "AWS access key id",
              List.of("AKIA", "ASIA"),
              "\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),
          SecretRule.of(
              "gcp-api-key", "Google API key", List.of("AIza"), "\\bAIza[0-9A-Za-z_\\-]{35}\\b"),
          SecretRule.of(
              "github-token",
              "GitHub token",
              List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
              "\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
          SecretRule.of(
              "github-fine-grained-token",
              "GitHub fine-grained token",
              List.of("github_pat_"),
              "\\bgithub_pat_[A-Za-z0-9_]{60,}\\b"),
          SecretRule.of(
              "gitlab-token", "GitLab token", List.of("glpat-"), "\\bglpat-[A-Za-z0-9_\\-]{20,}"),
          SecretRule.of(
              "slack-token",
              "Slack token",
              List.of("xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"),
              "\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
          SecretRule.of(
              "slack-webhook",
              "Slack webhook URL",
              List.of("hooks.slack.com"),
              "https://hooks\\.slack\\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+"),
          SecretRule.of(
              "stripe-key",
              "Stripe live key",
              List.of("sk_live_", "rk_live_"),
              "\\b[sr]k_live_[0-9a-zA-Z]{24,}\\b"),
          SecretRule.of(
              "sendgrid-key",
              "SendGrid API key",
              List.of("SG."),
              "\\bSG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}\\b"),
          SecretRule.of(
              "npm-token", "npm access token", List.of("npm_"), "\\bnpm_[A-Za-z0-9]{36}\\b"),
          SecretRule.of(
              "azure-storage-key",
              "Azure storage account key",
              List.of("AccountKey="),
              "AccountKey=[A-Za-z0-9+/]{86}=="),
          new SecretRule(
              "generic-secret-assignment",
              "high-entropy value assigned to a secret-named key",
              SECRET_NAME_ANCHORS,
              Pattern.compile(
                  "(?i)(password|passwd|secret|token|api_?key|access_?key"
                      + "|private_?key)[a-z0-9_\\-]{0,64}[\"']?\\s*(:=|=>|=|:)\\s*[\"']?"
                      + "([A-Za-z0-9+/_\\-=.~]{16,})[\"']?"),
              3,
              false));

  private SecretRules() {}

  public static List<SecretRule> all() {
    return RULES;
  }
}
