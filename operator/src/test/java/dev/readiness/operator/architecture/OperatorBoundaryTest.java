package dev.readiness.operator.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.readiness.signals.Status;
import org.junit.jupiter.api.Test;

/**
 * The operator schedules scans, harvests results, scores and publishes; it never collects facts or
 * evaluates signals, which happen only inside the sandboxed scan pod.
 */
class OperatorBoundaryTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.readiness");

  @Test
  void theOperatorNeverCollectsFactsOrEvaluatesSignals() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.operator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.readiness.facts..",
            "dev.readiness.engine..",
            "dev.readiness.metrics..",
            "dev.readiness.secrets..",
            "dev.readiness.report..",
            "dev.readiness.cli..")
        .orShould()
        .dependOnClassesThat(
            resideInAPackage("dev.readiness.signals..").and(not(equivalentTo(Status.class))))
        .check(CLASSES);
  }

  @Test
  void theApiRecordsDependOnNoReconcilerCode() {
    noClasses()
        .that()
        .resideInAPackage("dev.readiness.operator.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.readiness.operator.assessment..",
            "dev.readiness.operator.policy..",
            "dev.readiness.operator.scan..",
            "dev.readiness.operator.metrics..")
        .check(CLASSES);
  }
}
