package io.shouwei.hazard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;

@AnalyzeClasses(packages = "io.shouwei.hazard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The aggregate and its messages: rules only. */
  static final String[] DOMAIN = {
      "io.shouwei.hazard.hazard", "io.shouwei.hazard.hazard.api",
      "io.shouwei.hazard.mine", "io.shouwei.hazard.mine.api",
      "io.shouwei.hazard.campaign", "io.shouwei.hazard.campaign.api",
      "io.shouwei.hazard.tip", "io.shouwei.hazard.tip.api",
      "io.shouwei.hazard.order", "io.shouwei.hazard.order.api"};

  @ArchTest
  static final ArchRule domainIsFreeOfSpringAndHttp =
      noClasses().that().resideInAnyPackage(DOMAIN)
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.springframework..", "org.axonframework.spring..", "jakarta.servlet..",
              "jakarta.validation..", "java.net.http..", "io.shouwei.platform..",
              "io.shouwei.hazard.config..", "io.shouwei.hazard.publishing..");

  @ArchTest
  static final ArchRule domainDoesNotReadTheClock =
      noClasses().that().resideInAnyPackage(DOMAIN)
          .should().callMethod(Instant.class, "now")
          .orShould().dependOnClassesThat().areAssignableTo(Clock.class);

  @ArchTest
  static final ArchRule noOtherServiceInternals =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
          "io.shouwei.workflow..", "io.shouwei.reporting..", "io.shouwei.gateway..");

  @ArchTest
  static final ArchRule webGoesThroughTheApplicationLayer =
      noClasses().that().resideInAnyPackage("..hazard.web..", "..mine.web..", "..campaign.web..", "..tip.web..", "..order.web..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.axonframework..", "org.springframework.jdbc..", "io.shouwei.hazard.publishing..");
}
