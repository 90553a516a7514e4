package io.shouwei.hazard.classification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The DMN engine stays behind {@link MajorHazardDetermination} (a move to a maintained Camunda 7 fork
 * changes that class only), and classification depends on no aggregate of this service.
 */
@AnalyzeClasses(packages = "io.shouwei.hazard", importOptions = ImportOption.DoNotIncludeTests.class)
class MajorHazardDeterminationArchitectureTest {

  @ArchTest
  static final ArchRule noOtherClassDependsOnCamunda =
      noClasses().that().doNotBelongToAnyOf(MajorHazardDetermination.class)
          .should().dependOnClassesThat().resideInAnyPackage("org.camunda..");

  @ArchTest
  static final ArchRule classificationDependsOnNoAggregate =
      noClasses().that().resideInAPackage("io.shouwei.hazard.classification..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "io.shouwei.hazard.hazard..", "io.shouwei.hazard.mine..", "io.shouwei.hazard.order..",
              "io.shouwei.hazard.campaign..", "io.shouwei.hazard.tip..", "io.shouwei.hazard.audit..",
              "io.shouwei.hazard.publishing..", "io.shouwei.hazard.config..");
}
