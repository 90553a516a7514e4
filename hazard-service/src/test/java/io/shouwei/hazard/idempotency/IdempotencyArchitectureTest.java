package io.shouwei.hazard.idempotency;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.shouwei.hazard", importOptions = ImportOption.DoNotIncludeTests.class)
class IdempotencyArchitectureTest {

  /** Idempotency is a matter of HTTP requests: it knows no aggregate, command or event. */
  @ArchTest
  static final ArchRule idempotencyKnowsNoDomain =
      noClasses().that().resideInAPackage("io.shouwei.hazard.idempotency..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.axonframework..", "io.shouwei.hazard.hazard..", "io.shouwei.hazard.mine..",
              "io.shouwei.hazard.audit..", "io.shouwei.hazard.publishing..", "io.shouwei.contracts..");

  /** Nothing depends on it: it is a filter in front of the controllers. */
  @ArchTest
  static final ArchRule nothingDependsOnIdempotency =
      noClasses().that().resideOutsideOfPackage("io.shouwei.hazard.idempotency..")
          .should().dependOnClassesThat().resideInAPackage("io.shouwei.hazard.idempotency..");
}
