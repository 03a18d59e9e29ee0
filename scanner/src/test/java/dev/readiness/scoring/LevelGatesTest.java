package dev.readiness.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.SignalDefinition;
import dev.readiness.signals.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Levels are gated by the practices the white paper names for them, and the reports say why. */
class LevelGatesTest {
  private static final EffectivePolicy DEFAULTS = EffectivePolicy.defaults();

  /** Every gate signal of levels 1..{@code level} passes; every other signal fails. */
  private static Map<String, Status> onlyGatesUpTo(int level) {
    Map<String, Status> m = new HashMap<>();
    for (SignalDefinition d : Catalog.defaults().signals()) {
      m.put(d.id(), d.gates() && d.level() <= level ? Status.PASS : Status.FAIL);
    }
    return m;
  }

  private static Score score(Map<String, Status> outcomes, EffectivePolicy policy) {
    return Scorer.score(Rubric.of(Catalog.defaults(), policy), outcomes, policy);
  }

  @Test
  void theWhitePapersNamedSignalsAloneReachItsLevelsAndItsPoints() {
    Score s = score(onlyGatesUpTo(2), DEFAULTS);
    // L1: five signals x 1 point; L2: seven x 2 = 19, the white paper's own threshold
    assertThat(s.points()).isEqualTo(19);
    assertThat(s.level()).isEqualTo(2);
    assertThat(s.gates().get(0)).isEqualTo(new Score.LevelGate(1, 5, 5, 4, 5, true, List.of()));
    assertThat(s.gates().get(1).passed()).isEqualTo(7);
  }

  @Test
  void signalsOutsideTheGateDoNotHoldALevelBack() {
    Map<String, Status> m = onlyGatesUpTo(1);
    m.put("env_template", Status.FAIL);
    m.put("gitignore_comprehensive", Status.FAIL);
    assertThat(score(m, DEFAULTS).level()).isEqualTo(1);
  }

  @Test
  void oneFailingGateOfFiveStillMeetsTheEightyPercentGate() {
    Map<String, Status> m = onlyGatesUpTo(1);
    m.put("formatter", Status.FAIL);
    m.put("deps_pinned", Status.PASS); // points: four of the gate plus two
    Score s = score(m, DEFAULTS);
    assertThat(s.level()).isEqualTo(1);
    assertThat(s.gates().get(0).failing()).containsExactly("formatter");
    m.put("lint_config", Status.FAIL);
    assertThat(score(m, DEFAULTS).level()).isZero();
  }

  @Test
  void anyKindOfSecurityScanningIsOnePractice() {
    Map<String, Status> m = onlyGatesUpTo(3);
    m.put("sast_scanning", Status.FAIL);
    m.put("secret_scanning", Status.FAIL);
    Score s = score(m, DEFAULTS);
    assertThat(s.gates().get(2).passed()).isEqualTo(5);
    assertThat(s.gates().get(2).applicable()).isEqualTo(5);
    m.put("dependency_scanning", Status.FAIL);
    Score none = score(m, DEFAULTS);
    assertThat(none.gates().get(2).passed()).isEqualTo(4);
    assertThat(none.gates().get(2).failing())
        .containsExactlyInAnyOrder("secret_scanning", "dependency_scanning", "sast_scanning");
  }

  @Test
  void skippedGateSignalsLeaveTheGateOfTheApplicableOnes() {
    Map<String, Status> m = onlyGatesUpTo(2);
    m.put("structured_logging", Status.SKIP); // a library
    m.put("branch_protection", Status.UNKNOWN); // no forge API access
    m.put("codeowners", Status.FAIL);
    Score s = score(m, DEFAULTS);
    assertThat(s.gates().get(1).applicable()).isEqualTo(5);
    assertThat(s.gates().get(1).required()).isEqualTo(4);
    assertThat(s.level()).isEqualTo(1); // 15 points: under the threshold of 19
  }

  @Test
  void aPolicyAddsASignalToItsLevelsGateOrTakesOneOut() {
    Map<String, Status> m = onlyGatesUpTo(2);
    m.put("codeowners", Status.FAIL);
    m.put("ci_pipeline", Status.PASS); // points back to 19
    EffectivePolicy stricter =
        policy(new PolicySpec.SignalOverride("deps_pinned", null, null, true));
    assertThat(score(m, DEFAULTS).level()).isEqualTo(2);
    assertThat(score(m, stricter).gates().get(1).applicable()).isEqualTo(8);
    assertThat(score(m, stricter).level()).isEqualTo(1); // 6 of 8 is under 80%
    EffectivePolicy lenient =
        policy(
            new PolicySpec.SignalOverride("deps_pinned", null, null, true),
            new PolicySpec.SignalOverride("agents_md", null, null, false));
    assertThat(score(m, lenient).gates().get(1).applicable()).isEqualTo(7);
  }

  @Test
  void thePlanFixesTheCheapestFailingGatePractice() {
    Map<String, Status> m = onlyGatesUpTo(2);
    m.put("agents_md", Status.FAIL);
    m.put("codeowners", Status.FAIL);
    Score s = score(m, DEFAULTS);
    assertThat(s.level()).isEqualTo(1);
    assertThat(s.nextLevel().reachable()).isTrue();
    // one of the two failing practices meets the gate (6 of 7); the rest is points
    assertThat(s.nextLevel().plan())
        .extracting(Score.PlanStep::id)
        .containsAnyOf("agents_md", "codeowners")
        .doesNotContain("env_template");
  }

  private static EffectivePolicy policy(PolicySpec.SignalOverride... overrides) {
    return EffectivePolicy.of(
        new PolicySpec(null, null, null, null, null, null, List.of(overrides), null));
  }
}
