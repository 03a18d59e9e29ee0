package dev.readiness.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule against a line that carries a credential of its kind and a look-alike that does not.
 * Values are split with {@code +} in the sources so that no scanner, ours included, takes this file
 * for a leak.
 */
class SecretScannerTest {
  private static final String ALNUM36 = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "private-key | key.pem | -----BEGIN RSA PRIVATE KEY-----",
        "private-key | id_ed25519 | -----BEGIN OPENSSH PRIVATE KEY-----",
        "aws-access-key-id | deploy.sh | export AWS_ACCESS_KEY_ID=AKIA@@QWERTYUIOPASDFGH",
        "gcp-api-key | web/config.js | const key = 'AIza@@SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5pQ6';",
        "github-token | .env | GH=ghp_@@" + ALNUM36,
        "github-fine-grained-token | ci.yml | token: github_pat_@@" + ALNUM36 + "_" + ALNUM36,
        "gitlab-token | .gitlab-ci.yml | PRIVATE=glpat-@@Ab12Cd34Ef56Gh78Ij90",
        "slack-token | bot.py | SLACK = 'xoxb-@@1234567890-abcdefghij'",
        "slack-webhook | notify.sh | curl https://hooks.slack.com/services/T0A1B2C3D/B0A1B2C3D/Ab12Cd34",
        "stripe-key | billing.rb | Stripe.api_key = 'sk_live_@@4eC39HqLyjWDarjtT1zdp7dc'",
        "sendgrid-key | mail.py | KEY = 'SG.@@abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'",
        "npm-token | .npmrc | //registry.npmjs.org/:_authToken=npm_@@" + ALNUM36,
        "azure-storage-key | app.config | DefaultEndpointsProtocol=https;AccountName=x;AccountKey=@@"
            + ALNUM36
            + ALNUM36
            + "a1B2c3D4e5F6g7==",
        "generic-secret-assignment | settings.py | DB_PASSWORD = 'q8Zr2Lw9Xk4Tn7Vb'",
        "generic-secret-assignment | values.yaml | apiKey: Zt7Qp2Lk9Wx4Rb8Nm3",
        "generic-secret-assignment | .env | SESSION_SECRET=Zt7Qp2Lk9Wx4Rb8Nm3",
        "generic-secret-assignment | main.go | token := \"Zt7Qp2Lk9Wx4Rb8Nm3\"",
        "generic-secret-assignment | aws.ini | aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMP1EKEY"
      })
  void findsEachKindOfCredential(String rule, String path, String line) {
    List<SecretFinding> found =
        SecretScanner.scan(candidate(path, line.replace("@@", ""), "", false));
    assertThat(found).extracting(SecretFinding::ruleId).contains(rule);
    assertThat(found).allSatisfy(f -> assertThat(f.maskedValue()).contains("…("));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a key's public half | key.pub | -----BEGIN PUBLIC KEY-----",
        "too short for an access key | iam.md | AKIA1234",
        "lower case is no access key | x.txt | akiaqwertyuiopasdfghj",
        "a GitHub token prefix in prose | README.md | Tokens start with ghp_ and are 40 long",
        "a Stripe test key | billing.rb | Stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'",
        "a value read from the environment | settings.py | DB_PASSWORD = os.environ['DB_PASSWORD']",
        "a placeholder | values.yaml | password: changeme-please-1234",
        "a template | deploy.yaml | token: ${{ secrets.DEPLOY_TOKEN }}",
        "a dotted name | app.properties | secret.provider=com.example.vault.Provider",
        "a call | zsyscall_windows.go | procAdjustTokenPrivileges = modadvapi32.NewProc(\"Adjust\")",
        "a quoted value that goes on | token_string.go | const _token_name = \"EOFnameliteralop=:=<-*([{\"",
        "a low-entropy value | config.yml | password: aaaaaaaaaaaaaaaaaaaa1",
        "where a secret is kept | cloudbuild.yaml | --token-secret=projects/123/secrets/db-pass/versions/2"
      })
  void leavesLookAlikesAlone(String why, String path, String line) {
    assertThat(SecretScanner.scan(candidate(path, line, "", false))).as(why).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DB_PASSWORD = 'q8Zr2Lw9Xk4Tn7Vb' | 'q8Zr2Lw9Xk4Tn7Vb'",
        "token: Zt7Qp2Lk9Wx4Rb8Nm3 # rotate | Zt7Qp2Lk9Wx4Rb8Nm3",
        "{\"token\": \"Zt7Qp2Lk9Wx4Rb8Nm3\"} | \"Zt7Qp2Lk9Wx4Rb8Nm3\""
      })
  void takesAValueThatEndsWhereItShould(String line, String quoted) {
    String value = quoted.replace("'", "").replace("\"", "");
    int start = line.indexOf(value);
    assertThat(SecretScanner.isWholeValue(line, start, start + value.length(), false)).isTrue();
    assertThat(SecretScanner.isWholeValue(line, start, start + value.length() - 1, false))
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "self.enable_k8s_tokens_via_dns = enable_k8s_tokens_via_dns",
        "exports.CONNECTION_TOKEN_CHARS = exports2.HEADER_CHARS;",
        "password=args.mysql_password2,",
        "String apiKey = config.apiKey4Service;"
      })
  void takesAnUnquotedValueInCodeForAName(String line) {
    assertThat(SecretScanner.scan(candidate("app.py", line, "", true))).isEmpty();
    assertThat(SecretScanner.scan(candidate("app.py", "token = 'Zt7Qp2Lk9Wx4Rb8Nm3'", "", true)))
        .extracting(SecretFinding::ruleId)
        .containsExactly("generic-secret-assignment");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "true | a PEM file | -----BEGIN RSA PRIVATE KEY----- | MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw",
        "true | a key in a string | key = \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\" | ",
        "true | an encrypted key | -----BEGIN RSA PRIVATE KEY----- | Proc-Type: 4,ENCRYPTED",
        "true | a PGP block | -----BEGIN PGP PRIVATE KEY BLOCK----- | ",
        "false | an ini example | key=\"-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----\" | ",
        "false | an elided body | -----BEGIN RSA PRIVATE KEY----- | ...",
        "false | a named stand-in | -----BEGIN OPENSSH PRIVATE KEY----- | <your key here>",
        "false | an empty block | -----BEGIN EC PRIVATE KEY----- | -----END EC PRIVATE KEY-----"
      })
  void aKeyHeaderCountsOverABodyNotOverAStandIn(
      boolean found, String what, String line, String next) {
    assertThat(SecretScanner.scan(candidate("docs/config.md", line, next, false)))
        .as(what)
        .extracting(SecretFinding::ruleId)
        .isEqualTo(found ? List.of("private-key") : List.of());
  }

  /**
   * A minified file or an embedded font is one huge line; with the secret names anywhere on it,
   * every rule must stay linear in its length (the generic rule once took hours on a base64 blob).
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void scansAHugeLineInLinearTime() {
    String blob = "abcdefghij0123456789".repeat(50_000);
    String line =
        "src:url(data:font/woff2;base64," + blob + "token" + blob + "Password" + blob + ")";
    assertThat(SecretScanner.scan(candidate("docs/static.css", line, "", false))).isEmpty();
    String minified = "var a=b.token_type,c=d.secretName;".repeat(30_000);
    assertThat(SecretScanner.scan(candidate("app.min.js", minified, "", true))).isEmpty();
  }

  private static SecretScanner.Candidate candidate(
      String path, String line, String next, boolean code) {
    return new SecretScanner.Candidate(
        path, 3, line, next == null ? "" : next, SecretFinding.Place.COMMITTED, code);
  }
}
