package dev.readiness.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LoggingTest {
  private static LogRecord record(String message, Object... params) {
    LogRecord r = new LogRecord(Level.WARNING, message);
    r.setLoggerName("dev.readiness.operator.test");
    r.setParameters(params);
    return r;
  }

  @Test
  void urlUserInfoAndBearerTokensNeverReachTheLog() {
    LogRecord r =
        record(
            "ls-remote {0} failed: {1}",
            "https://x-access-token:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/o/r.git",
            "401 for header Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig");
    for (String line :
        new String[] {
          new Logging.PlainFormatter().format(r), new Logging.JsonFormatter().format(r)
        }) {
      assertThat(line)
          .doesNotContain("ghp_abcdefghij")
          .doesNotContain("x-access-token")
          .doesNotContain("eyJhbGci")
          .contains("https://github.com/o/r.git")
          .contains("Bearer [redacted]");
    }
  }

  @Test
  void ordinaryMessagesAreUnchanged() {
    String line = new Logging.JsonFormatter().format(record("scan {0} finished", "team/app"));
    assertThat(line).contains("\"message\":\"scan team/app finished\"");
  }

  @Test
  void anErrorShowsItsInnermostCauseOnOneLineWithoutCredentialsOrATrace() {
    LogRecord r = record("Uncaught error during event processing");
    r.setThrown(
        new RuntimeException(
            "wrapper",
            new IllegalStateException(
                "clone of https://u:s3cret@git.example/x.git broke\nat line 2")));
    for (String line :
        new String[] {
          new Logging.PlainFormatter().format(r), new Logging.JsonFormatter().format(r)
        }) {
      assertThat(line)
          .contains("(IllegalStateException: clone of https://git.example/x.git broke)")
          .doesNotContain("s3cret")
          .doesNotContain("at line 2")
          .doesNotContain("\tat ");
      assertThat(line.strip().lines()).hasSize(1);
    }
  }
}
