package io.shouwei.hazard.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.shouwei.hazard.campaign.Campaign;
import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.mine.Mine;
import io.shouwei.hazard.tip.Tip;
import io.shouwei.hazard.order.RectificationOrder;

@AnalyzeClasses(packages = "io.shouwei.hazard", importOptions = ImportOption.DoNotIncludeTests.class)
class SnapshotArchitectureTest {

  /** Snapshots are configured from outside: the aggregates need no Jackson annotations or getters. */
  @ArchTest
  static final ArchRule aggregatesKnowNoJackson =
      noClasses().that().belongToAnyOf(Hazard.class, Mine.class, Campaign.class, Tip.class, RectificationOrder.class)
          .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");
}
