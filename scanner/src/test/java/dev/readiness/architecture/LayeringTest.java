package dev.readiness.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The scanner's layers as the README draws them: facts are collected without judgement, signals
 * judge facts, scoring is a pure function of outcomes and a policy, and only the CLI wires them to
 * the outside world.
 */
class LayeringTest {
  private static final JavaClasses SCANNER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.readiness");

  @Test
  void factsAreRawDataWithoutJudgement() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.facts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.readiness.signals..",
            "dev.readiness.scoring..",
            "dev.readiness.engine..",
            "dev.readiness.report..",
            "dev.readiness.cli..",
            "dev.readiness.source..")
        .check(SCANNER);
  }

  @Test
  void signalsJudgeFactsAndNothingElse() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.signals..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.readiness.scoring..",
            "dev.readiness.engine..",
            "dev.readiness.report..",
            "dev.readiness.cli..",
            "dev.readiness.source..",
            "dev.readiness.result..")
        .check(SCANNER);
  }

  @Test
  void scoringIsAFunctionOfOutcomesAndAPolicy() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.readiness.facts..",
            "dev.readiness.metrics..",
            "dev.readiness.engine..",
            "dev.readiness.report..",
            "dev.readiness.cli..",
            "dev.readiness.source..")
        .check(SCANNER);
  }

  @Test
  void onlyTheCliKnowsTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.readiness.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.readiness.cli..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(SCANNER);
  }
}
