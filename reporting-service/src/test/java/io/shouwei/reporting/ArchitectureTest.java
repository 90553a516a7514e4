package io.shouwei.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.shouwei.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noOtherServiceIsImported =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.shouwei.hazard..", "io.shouwei.workflow..", "io.shouwei.gateway..",
              "io.shouwei.local..", "io.shouwei.embedded..")
          .because("services share only the published contracts and the platform");

  @ArchTest
  static final ArchRule projectionsArePlainCode =
      noClasses()
          .that()
          .resideInAPackage("..reporting.projection..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "io.shouwei.platform..")
          .because("projections are functions of (document, event) and a store, testable without a container");

  @ArchTest
  static final ArchRule projectionsKnowNoReader =
      noClasses()
          .that()
          .resideInAPackage("..reporting.projection..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..reporting.ingest..", "..reporting.query..");

  @ArchTest
  static final ArchRule queriesAndIngestAreIndependent =
      noClasses()
          .that()
          .resideInAPackage("..reporting.query..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..reporting.ingest..");
}
