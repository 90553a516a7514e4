package io.shouwei.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Contracts are read by every service and by outside systems: plain Java, no framework. */
@AnalyzeClasses(packages = "io.shouwei.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

  @ArchTest
  static final ArchRule noFrameworks =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "com.fasterxml..", "org.axonframework..", "org.camunda..",
              "org.apache.kafka..", "com.mongodb..", "jakarta..");
}
