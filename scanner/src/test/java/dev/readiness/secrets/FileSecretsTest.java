package dev.readiness.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.secrets.SecretFinding.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dotenv files, code fences and browser-exposed names, as a whole file shows them. */
class FileSecretsTest {
  @Test
  void dotenvFilesAreThoseThatMayHoldValuesNotTheirTemplates() {
    assertThat(List.of(".env", "app/.env.production", ".env.local", ".env.staging.local"))
        .allMatch(FileSecrets::isDotenv);
    assertThat(
            List.of(
                ".env.example", "web/.env.sample", ".env.template", ".env.dist", "x.env", "env.sh"))
        .noneMatch(FileSecrets::isDotenv);
  }

  @Test
  void aSecretNamedVariableWithARealValueIsAFindingWhateverItsEntropy() {
    String text =
        "PORT=3000\n"
            + "DB_PASSWORD=hunter2hunter2\n"
            + "API_TOKEN=\n"
            + "SESSION_SECRET=${SESSION_SECRET}\n"
            + "TOKEN_URL=https://auth.internal/token\n"
            + "JWT_SECRET=changeme-please\n"
            + "NEXT_PUBLIC_MAPS_API_KEY=pk.eyJ1IjoiYWNtZSIsImEiOiJjbGF4In0\n"
            + "export STRIPE_SECRET_KEY='rk9Lm2Qx7Vb4Nz8Tp3Wy' # staging\n";
    List<SecretFinding> found = FileSecrets.dotenv(".env", text, Place.COMMITTED, List.of());
    assertThat(found)
        .extracting(f -> f.line() + " " + f.place())
        .containsExactly("2 COMMITTED", "7 PUBLISHABLE", "8 COMMITTED");
    assertThat(found).allSatisfy(f -> assertThat(f.maskedValue()).contains("…("));
  }

  @Test
  void fencedCodeInMarkdownIsDocumentationAndProseOutsideItIsNot() {
    String md = "# Setup\n\n```sh\nexport TOKEN=x\n```\n\nTOKEN=y\n~~~\nA=b\n~~~\n";
    assertThat(FileSecrets.fencedLines(md).stream().boxed().toList()).containsExactly(4, 9);
  }

  @Test
  void encryptedMaterialIsRecognisedAndPlainYamlIsNot() {
    assertThat(FileSecrets.encrypted("kind: SealedSecret\nspec:\n  encryptedData:\n")).isTrue();
    assertThat(FileSecrets.encrypted("a: ENC[AES256_GCM,data:x]\nsops:\n  version: 3\n")).isTrue();
    assertThat(FileSecrets.encrypted("a: ENC[AES256_GCM,data:x]\n"))
        .as("no sops metadata")
        .isFalse();
    assertThat(FileSecrets.encrypted("password: hunter2\n")).isFalse();
  }

  @Test
  void aNameMustEndInWhatItHoldsAndPlaceholdersAreWholeWords() {
    String text =
        "SECRET_STORE=vault-production\n"
            + "PASSWORD_HASH_ALGORITHM=argon2id\n"
            + "API_KEY_HEADER=X-Api-Key\n"
            + "JWT_TOKEN_AUDIENCE=mobile-clients\n"
            + "DB_PASSWORD=Environment-2024\n";
    List<SecretFinding> found = FileSecrets.dotenv(".env", text, Place.COMMITTED, List.of());
    assertThat(found).extracting(SecretFinding::line).containsExactly(5);
    assertThat(found.get(0).maskedValue())
        .as("no character of a password")
        .isEqualTo("…(16 chars)");
  }
}
