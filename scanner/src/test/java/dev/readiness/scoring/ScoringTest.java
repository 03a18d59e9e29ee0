package dev.readiness.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.SignalDefinition;
import dev.readiness.signals.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The level rule, the pass-rate gate, the plan, and policy validation. */
class ScoringTest {
  private final List<RubricEntry> rubric =
      Rubric.of(Catalog.defaults(), EffectivePolicy.defaults());

  private Map<String, Status> passingUpTo(int level) {
    Map<String, Status> m = new HashMap<>();
    for (SignalDefinition d : Catalog.defaults().signals()) {
      m.put(d.id(), d.level() <= level ? Status.PASS : Status.FAIL);
    }
    return m;
  }

  @Test
  void allOfLevelsOneToThreeMakeLevelThree() {
    Score s = Scorer.score(rubric, passingUpTo(3), EffectivePolicy.defaults());
    assertThat(s.level()).isEqualTo(3);
    assertThat(s.levelName()).isEqualTo("Standardized");
    assertThat(s.levelPassRates().get("1")).isEqualTo(1.0);
    assertThat(s.levelPassRates().get("4")).isEqualTo(0.0);
  }

  @Test
  void pointsAloneDoNotUnlockALevelBelowTheGate() {
    Map<String, Status> m = passingUpTo(5);
    Catalog.defaults().signals().stream()
        .filter(d -> d.level() == 1)
        .limit(3)
        .forEach(d -> m.put(d.id(), Status.FAIL));
    Score s = Scorer.score(rubric, m, EffectivePolicy.defaults());
    assertThat(s.level()).isZero();
    assertThat(s.nextLevel().plan()).extracting(Score.PlanStep::level).containsOnly(1);
    assertThat(s.nextLevel().reachable()).isTrue();
  }

  @Test
  void skippedAndUnknownSignalsDoNotCount() {
    Map<String, Status> m = passingUpTo(1);
    m.replaceAll((id, st) -> st == Status.FAIL ? Status.SKIP : st);
    Score s = Scorer.score(rubric, m, EffectivePolicy.defaults());
    assertThat(s.maxPoints()).isEqualTo(s.points());
    assertThat(s.levelPassRates().get("2")).isNull();
  }

  @Test
  void planReachesTheNextLevelCheaply() {
    Score s = Scorer.score(rubric, passingUpTo(1), EffectivePolicy.defaults());
    assertThat(s.level()).isEqualTo(1);
    Map<String, Status> fixed = passingUpTo(1);
    s.nextLevel().plan().forEach(step -> fixed.put(step.id(), Status.PASS));
    assertThat(Scorer.score(rubric, fixed, EffectivePolicy.defaults()).level())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void manifestAndBareSpecGiveTheSamePolicyAndHash() throws Exception {
    String spec = "targetLevel: 4\ndisabledSignals: [skills]\n";
    EffectivePolicy bare = PolicyLoader.parse(spec);
    EffectivePolicy manifest =
        PolicyLoader.parse(
            "apiVersion: readiness.dev/v1alpha1\nkind: ReadinessPolicy\n"
                + "metadata: {name: team}\nspec:\n  targetLevel: 4\n  disabledSignals: [skills]\n");
    assertThat(manifest.hash())
        .isEqualTo(bare.hash())
        .isNotEqualTo(EffectivePolicy.defaults().hash());
  }

  @Test
  void invalidPoliciesNameTheField() {
    assertThatThrownBy(() -> PolicyLoader.parse("targetLevel: 7\n"))
        .hasMessageContaining("targetLevel");
    assertThatThrownBy(() -> PolicyLoader.parse("bogus: 1\n"))
        .hasMessageContaining("bogus: unknown field (known fields: activeWithinDays, ")
        .hasMessageContaining("levelThresholds");
    assertThatThrownBy(() -> PolicyLoader.parse("spec:\n  targetLevel: 4\n"))
        .hasMessageContaining("a whole manifest needs apiVersion: readiness.dev/");
    assertThatThrownBy(() -> PolicyLoader.parse("disabledSignals: [nope]\n"))
        .hasMessageContaining("disabledSignals[0]");
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    "customSignals:\n  - {id: has_make, title: t, pillar: build, "
                        + "level: 2, remediation: r, rule: {glob: '*', contentRegex: '('}}\n"))
        .hasMessageContaining("customSignals[0].rule.contentRegex");
    assertThatThrownBy(
            () -> PolicyLoader.parse("signalOverrides:\n  - {id: readme, level: nine}\n"))
        .hasMessageContaining("signalOverrides[0].level");
  }

  @Test
  void overridesMoveSignalsAndCustomSignalsJoinTheRubric() throws Exception {
    EffectivePolicy p =
        PolicyLoader.parse(
            "signalOverrides: [{id: readme, level: 3}]\ncustomSignals:\n"
                + "  - {id: has_makefile, title: Makefile, pillar: build, level: 2, remediation: add one, "
                + "rule: {pathExists: Makefile}}\n");
    List<RubricEntry> r = Rubric.of(Catalog.defaults(), p);
    assertThat(r)
        .filteredOn(e -> e.id().equals("readme"))
        .singleElement()
        .satisfies(e -> assertThat(e.points()).isEqualTo(4));
    assertThat(r).extracting(RubricEntry::id).contains("has_makefile");
  }
}
