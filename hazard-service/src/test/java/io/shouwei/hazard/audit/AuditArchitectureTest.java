package io.shouwei.hazard.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.shouwei.hazard", importOptions = ImportOption.DoNotIncludeTests.class)
class AuditArchitectureTest {

  /** The hash and its verification are plain Java: what an auditor reimplements needs nothing else. */
  @ArchTest
  static final ArchRule chainIsPlainJava =
      classes().that().resideInAPackage("io.shouwei.hazard.audit.chain..")
          .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.shouwei.hazard.audit.chain..");

  /**
   * The audit's endpoints read through the audit service only (no store, no application service,
   * no view repository); they show past states in the objects' own response records.
   */
  @ArchTest
  static final ArchRule auditWebGoesThroughTheAuditService =
      noClasses().that().resideInAPackage("io.shouwei.hazard.audit.web..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.axonframework..", "org.springframework.jdbc..", "io.shouwei.hazard.publishing..",
              "io.shouwei.hazard.hazard.application..", "io.shouwei.hazard.mine.application..")
          .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Views");
}
