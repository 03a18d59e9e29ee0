package dev.readiness.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.scoring.PolicySpec;
import dev.readiness.signals.Status;
import io.fabric8.kubernetes.api.model.Condition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessment to Job to harvested result to status and metrics, against the CRUD mock. */
class AssessmentFlowIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir Path tmp;
  private OperatorHarness h;
  private GitFixture repo;

  @BeforeEach
  void start() throws Exception {
    h = new OperatorHarness(tmp);
    repo = new GitFixture(tmp.resolve("repo"));
    h.start(5);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  static String condition(RepositoryAssessment ra, String type) {
    if (ra == null || ra.getStatus() == null || ra.getStatus().conditions() == null) {
      return null;
    }
    return ra.getStatus().conditions().stream()
        .filter(c -> type.equals(c.getType()))
        .map(c -> c.getStatus() + "/" + c.getReason())
        .findFirst()
        .orElse(null);
  }

  private boolean scored(String name) {
    RepositoryAssessment ra = h.get(name);
    return ra != null
        && ra.getStatus() != null
        && ra.getStatus().level() != null
        && "True/Scored".equals(condition(ra, "Ready"));
  }

  @Test
  void scanIsHarvestedIntoStatusAndMetrics() throws Exception {
    h.assessment("svc", repo.url(), null, "payments");
    h.until(WAIT, () -> scored("svc"));
    AssessmentStatus s = h.get("svc").getStatus();
    assertThat(s.commit()).hasSize(40);
    assertThat(s.signals()).hasSizeGreaterThan(90).containsEntry("readme", Status.PASS);
    assertThat(s.pillars()).hasSize(8);
    assertThat(s.catalogVersion()).isNotBlank();
    assertThat(s.lastAttempt().outcome()).isEqualTo("Succeeded");
    assertThat(s.active()).isTrue();
    assertThat(s.policy()).isEqualTo("(built-in)");
    assertThat(h.kubelet.seen).hasSize(1);
    var account =
        h.client.serviceAccounts().inNamespace("team-a").withName("readiness-scanner").get();
    assertThat(account.getAutomountServiceAccountToken())
        .as("the operator created the scanner's tokenless account in the namespace")
        .isFalse();
    assertThat(h.scrape())
        .contains(
            "readiness_assessment_level{assessment=\"svc\",namespace=\"team-a\",policy=\"(built-in)\",team=\"payments\"}")
        .contains("readiness_assessment_pillar_ratio{")
        .contains("readiness_scans_total{namespace=\"team-a\",outcome=\"Succeeded\"} 1.0")
        .doesNotContain(repo.url())
        .doesNotContain(s.commit());
  }

  @Test
  void aJobSeenFinishedBeforeItsPodIsStillHarvested() throws Exception {
    // the pod watch never shows this pod, as when it lags behind the Job watch
    h.kubelet.mode = j -> FakeKubelet.Mode.UNWATCHED_POD;
    h.assessment("svc", repo.url(), null, null);
    h.until(WAIT, () -> scored("svc"));
    assertThat(h.get("svc").getStatus().lastAttempt().outcome()).isEqualTo("Succeeded");
    assertThat(h.kubelet.seen).hasSize(1);
  }

  @Test
  void unchangedCommitNeedsNoJobAndANewCommitDoes() throws Exception {
    h.assessment("svc", repo.url(), null, null);
    h.until(WAIT, () -> scored("svc"));
    String first = h.get("svc").getStatus().commit();
    h.clock.advance(Duration.ofMinutes(16));
    h.policy(
        new PolicySpec(3, null, null, null, null, null, null, null)); // any event: reconcile now
    h.until(
        WAIT, () -> h.get("svc").getStatus().lastPollTime().equals(h.clock.instant().toString()));
    assertThat(h.kubelet.seen).hasSize(1);

    String second = repo.commitFile("CONTRIBUTING.md", "# Contributing\n");
    h.clock.advance(Duration.ofMinutes(16));
    h.policy(new PolicySpec(4, null, null, null, null, null, null, null));
    h.until(WAIT, () -> second.equals(h.get("svc").getStatus().commit()) && scored("svc"));
    assertThat(h.kubelet.seen).hasSize(2);
    assertThat(h.get("svc").getStatus().commit()).isNotEqualTo(first);
  }

  @Test
  void policyEditRescoresWithoutAJob() throws Exception {
    h.assessment("svc", repo.url(), null, null);
    h.until(WAIT, () -> scored("svc"));
    int before = h.get("svc").getStatus().level();
    h.policy(new PolicySpec(null, null, List.of(0, 0, 0, 0, 0), 0, null, null, null, null));
    h.until(WAIT, () -> h.get("svc").getStatus().level() == 5);
    assertThat(before).isLessThan(5);
    assertThat(h.kubelet.seen).hasSize(1);
    assertThat(h.get("svc").getStatus().policy()).isEqualTo("default");
    // the rollup is rate-limited (once a second per policy), so it catches up shortly after
    h.until(
        WAIT,
        () ->
            h.getPolicy().getStatus() != null
                && Double.valueOf(100.0).equals(h.getPolicy().getStatus().readinessPercent()));
    assertThat(h.getPolicy().getStatus().counts().total()).isEqualTo(1);
  }

  @Test
  void customSignalChangeNeedsARescan() throws Exception {
    h.assessment("svc", repo.url(), null, null);
    h.until(WAIT, () -> scored("svc"));
    var custom =
        new PolicySpec.CustomSignal(
            "has_runbook",
            "Runbook",
            "docs",
            2,
            null,
            "Add RUNBOOK.md",
            new PolicySpec.Rule("RUNBOOK.md", null, null),
            null);
    h.policy(new PolicySpec(null, null, null, null, null, null, null, List.of(custom)));
    h.until(WAIT, () -> h.get("svc").getStatus().signals().get("has_runbook") == Status.FAIL);
    assertThat(h.kubelet.seen).hasSize(2);
  }

  @Test
  void unknownRefStallsWithoutAJob() throws Exception {
    h.assessment("svc", repo.url(), "no-such-branch", null);
    h.until(WAIT, () -> "True/RefNotFound".equals(condition(h.get("svc"), "Stalled")));
    assertThat(condition(h.get("svc"), "Ready")).isEqualTo("False/RefNotFound");
    assertThat(h.kubelet.seen).isEmpty();
  }

  @Test
  void anUnexpectedErrorShowsOnTheResourceAndClearsOnceReconcilingWorks() throws Exception {
    h.resolverFailure =
        new IllegalStateException("resolver broke for https://u:s3cret@h.example/x.git\nat line 2");
    h.assessment("svc", repo.url(), null, null);
    h.until(
        WAIT,
        () -> "True/IllegalStateException".equals(condition(h.get("svc"), "ReconcileFailed")));
    String message =
        h.get("svc").getStatus().conditions().stream()
            .filter(c -> c.getType().equals("ReconcileFailed"))
            .findFirst()
            .orElseThrow()
            .getMessage();
    assertThat(message)
        .isEqualTo("resolver broke for https://h.example/x.git")
        .doesNotContain("s3cret");
    h.resolverFailure = null;
    h.until(WAIT, () -> "False/Reconciled".equals(condition(h.get("svc"), "ReconcileFailed")));
    h.until(WAIT, () -> scored("svc"));
  }

  @Test
  void aMissingRepositoryStallsAsNotFoundWithoutAJob() throws Exception {
    h.assessment("svc", "file://" + tmp.resolve("no-such-repo.git"), null, null);
    h.until(WAIT, () -> "True/RepositoryNotFound".equals(condition(h.get("svc"), "Stalled")));
    assertThat(h.kubelet.seen).isEmpty();
  }

  @Test
  void aTokenAsTheUrlsUserNameIsStalledAsInvalid() throws Exception {
    h.assessment("svc", "https://ghp_s3cr3t@example.com/x.git", null, null);
    h.until(WAIT, () -> "True/InvalidSpec".equals(condition(h.get("svc"), "Stalled")));
    assertThat(h.get("svc").getStatus().toString()).doesNotContain("ghp_s3cr3t");
  }

  @Test
  void invalidSpecIsStalledWithTheFieldNamed() throws Exception {
    h.assessment("svc", "https://user:hunter2@example.com/x.git", null, null);
    h.until(WAIT, () -> "True/InvalidSpec".equals(condition(h.get("svc"), "Stalled")));
    Condition c =
        h.get("svc").getStatus().conditions().stream()
            .filter(x -> x.getType().equals("Stalled"))
            .findFirst()
            .orElseThrow();
    assertThat(c.getMessage()).contains("spec.repository.url").doesNotContain("hunter2");
  }
}
