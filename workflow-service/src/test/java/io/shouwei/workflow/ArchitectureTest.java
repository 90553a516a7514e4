package io.shouwei.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shouwei.workflow");
  }

  @Test
  void noImportsOfOtherServices() {
    noClasses()
        .that().resideInAPackage("io.shouwei.workflow..")
        .should().dependOnClassesThat()
        .resideInAnyPackage(
            "io.shouwei.hazard..", "io.shouwei.reporting..", "io.shouwei.gateway..",
            "io.shouwei.local..", "io.shouwei.embedded..")
        .because("services share only contracts, bpmn and platform")
        .check(classes);
  }

  @Test
  void theEngine_isUsedInPackageProcessOnly() {
    noClasses()
        .that().resideInAPackage("io.shouwei.workflow..")
        .and().resideOutsideOfPackage("io.shouwei.workflow.process..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("engine use stays behind our own classes, so a move to a Camunda 7 fork is mechanical")
        .check(classes);
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("io.shouwei.workflow.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void webControllers_doNotTouchTheEngine() {
    noClasses()
        .that().resideInAPackage("..web..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(classes);
  }

  @Test
  void adapters_doNotCallEachOther() {
    noClasses()
        .that().resideInAPackage("..correlation..")
        .should().dependOnClassesThat().resideInAPackage("..web..")
        .check(classes);
    noClasses()
        .that().resideInAPackage("..web..")
        .should().dependOnClassesThat().resideInAPackage("..correlation..")
        .check(classes);
  }

  @Test
  void delegatesAndListeners_areThinAdapters_inTheirProcessPackage() {
    classes()
        .that().implement(JavaDelegate.class)
        .or().implement(ExecutionListener.class)
        .or().implement(TaskListener.class)
        .should().resideInAPackage("io.shouwei.workflow.process.(*)..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that().implement(JavaDelegate.class)
        .or().implement(ExecutionListener.class)
        .or().implement(TaskListener.class)
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.kafka..", "..web..", "..correlation..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.HistoryService")
        .because("a delegate reads its variables and calls one of our clients; the process decides the rest")
        .allowEmptyShould(true)
        .check(classes);
  }
}
