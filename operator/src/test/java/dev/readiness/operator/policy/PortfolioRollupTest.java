package dev.readiness.operator.policy;

import static dev.readiness.signals.Status.FAIL;
import static dev.readiness.signals.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.signals.Status;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headline figure: failed and never-scanned repositories are shown, not dropped. */
class PortfolioRollupTest {
  private static RepositoryAssessment ra(
      String team, Integer level, Boolean active, String outcome, Map<String, Status> signals) {
    RepositoryAssessment a = new RepositoryAssessment();
    a.setMetadata(
        new ObjectMetaBuilder()
            .withName("r" + Math.random())
            .withNamespace("ns")
            .withLabels(team == null ? Map.of() : Map.of("readiness.dev/team", team))
            .build());
    var attempt =
        outcome == null
            ? null
            : new AssessmentStatus.LastAttempt("j", "c", "h", outcome, "", 1, null, null);
    a.setStatus(
        new AssessmentStatus.Builder()
            .observedGeneration(1L)
            .active(active)
            .level(level)
            .signals(signals)
            .lastAttempt(attempt)
            .build());
    return a;
  }

  @Test
  void readinessCountsOnlyActiveScannedRepositories() {
    List<RepositoryAssessment> list = new ArrayList<>();
    list.add(ra("payments", 3, true, "Succeeded", Map.of("a", FAIL, "b", FAIL)));
    list.add(ra("payments", 4, true, "Succeeded", Map.of("a", FAIL)));
    list.add(ra("search", 1, true, "Succeeded", Map.of("b", PASS)));
    list.add(ra("search", 5, false, "Succeeded", Map.of("a", FAIL))); // inactive
    list.add(ra("search", null, null, "AuthenticationFailed", null)); // failing, never scanned
    list.add(ra(null, null, null, null, null)); // never scanned
    list.add(ra(null, 2, true, "OutOfMemory", Map.of())); // old result, latest scan failed
    var r = PortfolioRollup.of(list, 3);
    assertThat(r.counts().total()).isEqualTo(7);
    assertThat(r.counts().active()).isEqualTo(4);
    assertThat(r.counts().scanned()).isEqualTo(4);
    assertThat(r.counts().failing()).isEqualTo(2);
    assertThat(r.counts().neverScanned()).isEqualTo(2);
    assertThat(r.counts().atTarget()).isEqualTo(2);
    assertThat(r.readinessPercent()).isEqualTo(50.0);
    assertThat(r.levels())
        .containsEntry("3", 1)
        .containsEntry("4", 1)
        .containsEntry("1", 1)
        .containsEntry("2", 1)
        .containsEntry("5", 0);
    assertThat(r.teams()).extracting("team").containsExactly("payments", "search");
    assertThat(r.teams().get(0).readinessPercent()).isEqualTo(100.0);
    assertThat(r.teams().get(1).readinessPercent()).isEqualTo(0.0);
    assertThat(r.topFailing().get(0).id()).isEqualTo("a");
    assertThat(r.topFailing().get(0).failing()).isEqualTo(2);
  }

  @Test
  void noScannedRepositoryMeansNoFigureRatherThanZero() {
    var r = PortfolioRollup.of(List.of(ra(null, null, null, null, null)), 3);
    assertThat(r.readinessPercent()).isNull();
    assertThat(r.counts().neverScanned()).isEqualTo(1);
  }
}
