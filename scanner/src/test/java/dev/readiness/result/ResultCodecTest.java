package dev.readiness.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.Scope;
import dev.readiness.catalog.SignalDefinition;
import dev.readiness.signals.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The termination-message contract between scan Jobs and the operator. */
class ResultCodecTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String INPUTS = "sha256:" + "ab".repeat(32);
  private final Catalog catalog = Catalog.defaults();
  private final ResultCodec codec = new ResultCodec(catalog);

  private ScanResult result(List<String> customIds, int apps) {
    Map<String, Status> outcomes = new LinkedHashMap<>();
    Map<String, ScanResult.AppTally> tallies = new LinkedHashMap<>();
    Status[] cycle = Status.values();
    int i = 0;
    for (SignalDefinition d : catalog.signals()) {
      outcomes.put(d.id(), cycle[i++ % cycle.length]);
      if (d.scope() == Scope.APP) {
        tallies.put(d.id(), new ScanResult.AppTally(apps / 2, apps));
      }
    }
    customIds.forEach(id -> outcomes.put(id, Status.FAIL));
    return new ScanResult(
        COMMIT,
        Instant.parse("2026-11-01T10:00:00Z"),
        catalog.version(),
        INPUTS,
        outcomes,
        tallies,
        120,
        30,
        1234);
  }

  @Test
  void roundTripKeepsEveryOutcome() throws Exception {
    List<String> custom = List.of("has_codeowners_team", "has_runbook");
    ScanResult r = result(custom, 4);
    String text = codec.encode(r, custom);
    assertThat(text).startsWith("rr1;c=" + COMMIT);
    ScanResult back = (ScanResult) codec.decode(text, custom, COMMIT, INPUTS);
    assertThat(back.outcomes()).isEqualTo(r.outcomes());
    assertThat(back.appTallies()).isEqualTo(r.appTallies());
    assertThat(back.commitTime()).isEqualTo(r.commitTime());
    assertThat(back.agentShare()).isEqualTo(0.25);
    assertThat(back.durationMs()).isEqualTo(1234);
  }

  @Test
  void worstCaseFitsTheTerminationMessage() throws Exception {
    List<String> custom = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      custom.add(("custom_signal_" + i + "_").repeat(8).substring(0, 64));
    }
    ScanResult worst =
        new ScanResult(
            "f".repeat(64),
            Instant.ofEpochSecond(999_999_999_999L),
            catalog.version(),
            INPUTS,
            result(custom, Integer.MAX_VALUE).outcomes(),
            result(custom, Integer.MAX_VALUE).appTallies(),
            Integer.MAX_VALUE,
            Integer.MAX_VALUE,
            Long.MAX_VALUE / 2);
    String text = codec.encode(worst, custom);
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    assertThat(((ScanResult) codec.decode(text, custom, null, INPUTS)).outcomes())
        .isEqualTo(worst.outcomes());
  }

  @Test
  void longTextIsCompressedAndRestored() throws Exception {
    String plain = "rr1;" + "x".repeat(9000);
    String packed = ResultText.fit(plain, "rr1", 4096);
    assertThat(packed).startsWith("rr1z;").hasSizeLessThanOrEqualTo(4096);
    assertThat(ResultText.unwrap(packed, "rr1", 4096)).isEqualTo(plain);
  }

  @Test
  void failureRoundTripIsOneLine() throws Exception {
    String text =
        codec.encodeFailure(
            new ScanFailure(
                ScanFailure.Reason.AUTHENTICATION_FAILED, "denied;\nfor https://host/x.git"));
    ScanFailure f = (ScanFailure) codec.decode(text, List.of(), COMMIT, INPUTS);
    assertThat(f.reason()).isEqualTo(ScanFailure.Reason.AUTHENTICATION_FAILED);
    assertThat(f.message()).isEqualTo("denied for https://host/x.git");
  }

  @Test
  void everyFailureReasonRoundTripsSoTheOperatorShowsIt() throws Exception {
    for (ScanFailure.Reason reason : ScanFailure.Reason.values()) {
      String text = codec.encodeFailure(new ScanFailure(reason, "clone of x timed out after 5 s"));
      ScanFailure f = (ScanFailure) codec.decode(text, List.of(), COMMIT, INPUTS);
      assertThat(f.reason()).as(reason.conditionReason()).isEqualTo(reason);
    }
  }

  @Test
  void rejectsOtherSchemaVersionsByName() {
    assertThatThrownBy(() -> codec.decode("rr2;c=x", List.of(), null, INPUTS))
        .hasMessage("unsupported result schema version 2 (this operator reads 1)");
  }

  @Test
  void rejectsResultForAnotherCommitOrOtherCustomSignals() {
    String text = codec.encode(result(List.of(), 3), List.of());
    assertThatThrownBy(() -> codec.decode(text, List.of(), "a".repeat(40), INPUTS))
        .hasMessageContaining("another commit");
    assertThatThrownBy(() -> codec.decode(text, List.of(), COMMIT, "sha256:" + "cd".repeat(32)))
        .hasMessageContaining("other custom signals");
    assertThatThrownBy(() -> codec.decode(text, List.of("extra_signal"), COMMIT, INPUTS))
        .hasMessageContaining("expected 1");
  }

  @Test
  void rejectsAnotherCatalogWithAnActionableMessage() {
    String text =
        codec.encode(result(List.of(), 3), List.of()).replace(catalog.version(), "2020.1.1");
    assertThatThrownBy(() -> codec.decode(text, List.of(), COMMIT, INPUTS))
        .hasMessageContaining("scanner catalog 2020.1.1 does not match")
        .hasMessageContaining("same release");
  }

  @Test
  void rejectsMalformedInputWithoutEchoingIt() throws Exception {
    String good = codec.encode(result(List.of(), 3), List.of());
    List<String> bad =
        List.of(
            "",
            "   ",
            "hello world",
            "Error: OOMKilled",
            good.replace(";s=P", ";s=Q"),
            good.replace(";s=P", ";s=PP"),
            good.replace(";d=", ";zz=1;d="),
            good + ";d=5",
            good.replace(";g=120/30", ";g=30/120"),
            good.replace(";t=", ";t=-"),
            good.replace(";a=", ";a=0:1/2,"),
            good.replace(";c=" + COMMIT, ";c=SECRET-TOKEN"),
            good + "x".repeat(5000),
            "rr1z;not-base64!!",
            "rr1z;"
                + Base64.getEncoder().encodeToString("not gzip".getBytes(StandardCharsets.UTF_8)),
            "rr1z;" + gzipBomb(),
            "rr1;e=Exploded;m=x");
    for (String text : bad) {
      assertThatThrownBy(() -> codec.decode(text, List.of(), COMMIT, INPUTS))
          .as(text.length() > 60 ? text.substring(0, 60) : text)
          .isInstanceOf(MalformedResultException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET-TOKEN"));
    }
  }

  @Test
  void appPassRateReappliesToTallies() {
    Map<String, Status> outcomes = Map.of("a", Status.PASS, "b", Status.FAIL);
    Map<String, ScanResult.AppTally> tallies =
        Map.of("a", new ScanResult.AppTally(3, 4), "b", new ScanResult.AppTally(3, 4));
    assertThat(ScanResult.atAppPassRate(outcomes, tallies, 80))
        .containsEntry("a", Status.FAIL)
        .containsEntry("b", Status.FAIL);
    assertThat(ScanResult.atAppPassRate(outcomes, tallies, 75))
        .containsEntry("a", Status.PASS)
        .containsEntry("b", Status.PASS);
  }

  private static String gzipBomb() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(new byte[1024 * 1024]);
    }
    return Base64.getEncoder().encodeToString(buf.toByteArray());
  }
}
