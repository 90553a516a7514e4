package io.shouwei.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses GATEWAY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.shouwei.gateway");

  @Test
  void gateway_isReactive_andKnowsNoServiceInternals() {
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(
            "jakarta.servlet..", "org.springframework.web.servlet..",
            "io.shouwei.platform..", "io.shouwei.hazard..", "io.shouwei.workflow..", "io.shouwei.reporting..")
        .check(GATEWAY);
  }

  @Test
  void onlyTheDevTokenIssuer_signsTokens() {
    noClasses().that().resideOutsideOfPackage("io.shouwei.gateway.devtoken..")
        .should().dependOnClassesThat().resideInAnyPackage("com.nimbusds..")
        .check(GATEWAY);
  }

  @Test
  void nothingDependsOnTheDevTokenIssuer_soItCanBeSwitchedOffWhole() {
    classes().that().resideInAPackage("io.shouwei.gateway.devtoken..")
        .should().onlyHaveDependentClassesThat().resideInAPackage("io.shouwei.gateway.devtoken..")
        .check(GATEWAY);
  }
}
