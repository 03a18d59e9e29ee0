package dev.readiness.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetRedactTest {
  @Test
  void urlUserInfoAndBearerTokensAreRemoved() {
    String out =
        Target.redact(
            "clone https://x-access-token:ghp_abc123@github.com/o/r.git failed:"
                + " Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig");
    assertThat(out)
        .doesNotContain("ghp_abc123")
        .doesNotContain("eyJhbGci")
        .contains("https://github.com/o/r.git")
        .contains("Bearer [redacted]");
  }

  @Test
  void textWithoutCredentialsIsUnchanged() {
    assertThat(Target.redact("ssh://git.internal/org/app.git: ref main not found"))
        .isEqualTo("ssh://git.internal/org/app.git: ref main not found");
  }
}
