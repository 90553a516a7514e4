package io.shouwei.bpmn;

import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.BANNED_EQUIPMENT_IN_USE;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.CARRIER_PERSONS_CARRIED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.CONCAVE_PIT;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.CONCAVE_PIT_FLOOD_WORKS_AS_DESIGNED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.DAM_OUTER_SLOPE_STEEPER_THAN_DESIGN;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.DESIGN_PILLARS_MINED_OR_DAMAGED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.DUMP_SLOPE_HEIGHT_METRES;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.DUMP_SLOPE_MONITORING_SYSTEM;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.DUMP_SLOPE_STABILITY_ANALYSIS_DONE;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.FINAL_BENCH_HEIGHT_ABOVE_DESIGN;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.INDEPENDENT_SURFACE_EXITS;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.MECHANICAL_VENTILATION;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_HEIGHT_METRES;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.ONLINE_SLOPE_MONITORING;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_STABILITY_ANALYSIS_DONE;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.POND_ACTIVITY_NOT_PER_DESIGN;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.POND_MONITORING_FAULT_UNREPAIRED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.PRODUCING_BEFORE_COMPLETION_ACCEPTANCE;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.PRODUCTION_AREA_MIN_EXITS;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.RETIRED_DISCHARGE_PLUGGING_NOT_PER_DESIGN;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SAFETY_EXIT_IMPASSABLE;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_MONITORING_DISABLED_OR_TAMPERED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_RADIAL_CRACKS;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_TOE_BULGING_REAR_CRACKS_WIDENING;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SURFACE_EXITS_AS_DESIGNED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SURFACE_EXIT_SPACING_METRES;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.TOP_DOWN_BENCH_MINING;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.UNAUTHORISED_WORKINGS_CONNECTION;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.VOIDS_USED_AS_SUMP;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.WORKING_SLOPE_ANGLE_ABOVE_DESIGN;
import static io.shouwei.bpmn.MajorHazardDetermination.MineTypes.OPEN_PIT;
import static io.shouwei.bpmn.MajorHazardDetermination.MineTypes.OTHER;
import static io.shouwei.bpmn.MajorHazardDetermination.MineTypes.TAILINGS_POND;
import static io.shouwei.bpmn.MajorHazardDetermination.MineTypes.UNDERGROUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.MajorHazardDetermination.Inputs;
import io.shouwei.bpmn.MajorHazardDetermination.Outputs;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per rule row of {@value MajorHazardDetermination#KEY} (facts that fire exactly that row),
 * then the thresholds, unknown facts and mine types that must fire nothing. Evaluated with the
 * standalone DMN engine hazard-service uses; every input not named in a case is passed as unknown
 * ({@code null}), as hazard-service does.
 */
class MajorHazardDeterminationRulesTest {

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static final List<String> matchedRuleIds = new ArrayList<>();

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder =
        (DmnDecisionTableEvaluationEvent event) ->
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matchedRuleIds::add);
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    engine = configuration.buildEngine();
    try (InputStream in = MajorHazardDeterminationRulesTest.class.getClassLoader().getResourceAsStream(MajorHazardDetermination.RESOURCE)) {
      decision = engine.parseDecision(MajorHazardDetermination.KEY, in);
    }
  }

  /** Each row of the table, with facts that meet it and nothing else. */
  static Stream<Arguments> everyRow() {
    return Stream.of(
        row("Rule_PitSlope200mWithoutOnlineMonitoring", OPEN_PIT, "OP-07.1", Map.of(SLOPE_HEIGHT_METRES, 200, ONLINE_SLOPE_MONITORING, false)),
        row("Rule_PitSlope100mWithoutStabilityAnalysis", OPEN_PIT, "OP-06", Map.of(SLOPE_HEIGHT_METRES, 100, SLOPE_STABILITY_ANALYSIS_DONE, false)),
        row("Rule_DumpSlope200mWithoutMonitoringSystem", OPEN_PIT, "OP-07.2", Map.of(DUMP_SLOPE_HEIGHT_METRES, 200.0, DUMP_SLOPE_MONITORING_SYSTEM, false)),
        row("Rule_DumpSlope100mWithoutStabilityAnalysis", OPEN_PIT, "OP-06", Map.of(DUMP_SLOPE_HEIGHT_METRES, 100.0, DUMP_SLOPE_STABILITY_ANALYSIS_DONE, false)),
        row("Rule_SlopeMonitoringDisabledOrTampered", OPEN_PIT, "OP-07.3", Map.of(SLOPE_MONITORING_DISABLED_OR_TAMPERED, true)),
        row("Rule_WorkingSlopeAngleAboveDesign", OPEN_PIT, "OP-04", Map.of(WORKING_SLOPE_ANGLE_ABOVE_DESIGN, true)),
        row("Rule_FinalBenchHeightAboveDesign", OPEN_PIT, "OP-04", Map.of(FINAL_BENCH_HEIGHT_ABOVE_DESIGN, true)),
        row("Rule_SlopeRadialCracks", OPEN_PIT, "OP-08.1", Map.of(SLOPE_RADIAL_CRACKS, true)),
        row("Rule_SlopeToeBulgingRearCracksWidening", OPEN_PIT, "OP-08.2", Map.of(SLOPE_TOE_BULGING_REAR_CRACKS_WIDENING, true)),
        row("Rule_NotMinedTopDownInBenches", OPEN_PIT, "OP-03", Map.of(TOP_DOWN_BENCH_MINING, false)),
        row("Rule_DesignPillarsMinedOrDamaged", OPEN_PIT, "OP-05", Map.of(DESIGN_PILLARS_MINED_OR_DAMAGED, true)),
        row("Rule_ConcavePitWithoutFloodWorks", OPEN_PIT, "OP-10", Map.of(CONCAVE_PIT, true, CONCAVE_PIT_FLOOD_WORKS_AS_DESIGNED, false)),
        row("Rule_OpenPitBannedEquipment", OPEN_PIT, "OP-02", Map.of(BANNED_EQUIPMENT_IN_USE, true)),
        row("Rule_FewerThanTwoSurfaceExits", UNDERGROUND, "UG-01.1", Map.of(INDEPENDENT_SURFACE_EXITS, 1)),
        row("Rule_SurfaceExitsNotAsDesigned", UNDERGROUND, "UG-01.1", Map.of(SURFACE_EXITS_AS_DESIGNED, false)),
        row("Rule_TwoSurfaceExitsUnder30mApart", UNDERGROUND, "UG-01.2", Map.of(INDEPENDENT_SURFACE_EXITS, 2, SURFACE_EXIT_SPACING_METRES, 29.5)),
        row("Rule_ProductionAreaWithFewerThanTwoExits", UNDERGROUND, "UG-01.4", Map.of(PRODUCTION_AREA_MIN_EXITS, 1)),
        row("Rule_SafetyExitImpassable", UNDERGROUND, "UG-01.5", Map.of(SAFETY_EXIT_IMPASSABLE, true)),
        row("Rule_UndergroundBannedEquipment", UNDERGROUND, "UG-02", Map.of(BANNED_EQUIPMENT_IN_USE, true)),
        row("Rule_UnauthorisedWorkingsConnection", UNDERGROUND, "UG-03", Map.of(UNAUTHORISED_WORKINGS_CONNECTION, true)),
        row("Rule_VoidsUsedAsSump", UNDERGROUND, "UG-07.4", Map.of(VOIDS_USED_AS_SUMP, true)),
        row("Rule_NoMechanicalVentilation", UNDERGROUND, "UG-20", Map.of(MECHANICAL_VENTILATION, false)),
        row("Rule_PersonnelCarrierOver25Persons", UNDERGROUND, "UG-23.2", Map.of(CARRIER_PERSONS_CARRIED, 26)),
        row("Rule_ProducingBeforeCompletionAcceptance", UNDERGROUND, "UG-27.2", Map.of(PRODUCING_BEFORE_COMPLETION_ACCEPTANCE, true)),
        row("Rule_PondActivityNotPerDesign", TAILINGS_POND, "TP-01", Map.of(POND_ACTIVITY_NOT_PER_DESIGN, true)),
        row("Rule_DamOuterSlopeSteeperThanDesign", TAILINGS_POND, "TP-03", Map.of(DAM_OUTER_SLOPE_STEEPER_THAN_DESIGN, true)),
        row("Rule_RetiredDischargePluggingNotPerDesign", TAILINGS_POND, "TP-09.3", Map.of(RETIRED_DISCHARGE_PLUGGING_NOT_PER_DESIGN, true)),
        row("Rule_PondMonitoringFaultUnrepaired", TAILINGS_POND, "TP-13.2", Map.of(POND_MONITORING_FAULT_UNREPAIRED, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRow")
  void row_firesAlone_onTheFactsThatMeetIt(String ruleId, String mineType, String code, Map<String, Object> facts) {
    List<Map<String, Object>> results = evaluate(mineType, facts);

    assertThat(matchedRuleIds).containsExactly(ruleId);
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).containsEntry(Outputs.CRITERION_CODE, code);
    assertThat((String) results.get(0).get(Outputs.REASON)).isNotBlank();
  }

  @Test
  void everyRowOfTheModel_hasItsCase() throws Exception {
    DecisionTable table;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MajorHazardDetermination.RESOURCE)) {
      table = (DecisionTable) Dmn.readModelFromStream(in).getModelElementById("DecisionTable_MajorHazardCriteria");
    }
    List<String> modelRows = table.getRules().stream().map(Rule::getId).toList();
    List<String> cases = everyRow().map(a -> (String) a.get()[0]).toList();

    assertThat(cases).containsExactlyElementsOf(modelRows);
  }

  // Thresholds (campaign plan S3: stability analysis from 100 m, online monitoring from 200 m).

  @Test
  void pitSlopeBelow200m_withoutOnlineMonitoring_isNotThe200mCriterion() {
    assertThat(codes(OPEN_PIT, Map.of(SLOPE_HEIGHT_METRES, 199, ONLINE_SLOPE_MONITORING, false))).isEmpty();
    assertThat(codes(OPEN_PIT, Map.of(SLOPE_HEIGHT_METRES, 199.99, ONLINE_SLOPE_MONITORING, false))).isEmpty();
  }

  @Test
  void pitSlopeOf200mOrMore_withOnlineMonitoring_isNoCriterion() {
    assertThat(codes(OPEN_PIT, Map.of(SLOPE_HEIGHT_METRES, 350, ONLINE_SLOPE_MONITORING, true, SLOPE_STABILITY_ANALYSIS_DONE, true))).isEmpty();
  }

  @Test
  void pitSlopeBelow100m_withoutStabilityAnalysis_isNotTheAnalysisCriterion() {
    assertThat(codes(OPEN_PIT, Map.of(SLOPE_HEIGHT_METRES, 99.9, SLOPE_STABILITY_ANALYSIS_DONE, false, ONLINE_SLOPE_MONITORING, false))).isEmpty();
  }

  @Test
  void dumpSlopesBelowTheThresholds_areNoCriterion() {
    assertThat(codes(OPEN_PIT, Map.of(DUMP_SLOPE_HEIGHT_METRES, 199.9, DUMP_SLOPE_MONITORING_SYSTEM, false))).isEmpty();
    assertThat(codes(OPEN_PIT, Map.of(DUMP_SLOPE_HEIGHT_METRES, 99.9, DUMP_SLOPE_STABILITY_ANALYSIS_DONE, false))).isEmpty();
  }

  @Test
  void theIssuesExample_210mWithoutMonitoringOrAnalysis_listsBothCriteriaInRowOrder() {
    List<Map<String, Object>> results =
        evaluate(OPEN_PIT, Map.of(SLOPE_HEIGHT_METRES, 210, ONLINE_SLOPE_MONITORING, false, SLOPE_STABILITY_ANALYSIS_DONE, false));

    assertThat(results).extracting(r -> r.get(Outputs.CRITERION_CODE)).containsExactly("OP-07.1", "OP-06");
    assertThat(results.get(0).get(Outputs.REASON)).isEqualTo("Pit slope of 200 m or more without online monitoring");
  }

  @Test
  void twoSurfaceExits_30mOrMoreApart_orMoreThanTwoExits_isNoCriterion() {
    assertThat(codes(UNDERGROUND, Map.of(INDEPENDENT_SURFACE_EXITS, 2, SURFACE_EXIT_SPACING_METRES, 30))).isEmpty();
    assertThat(codes(UNDERGROUND, Map.of(INDEPENDENT_SURFACE_EXITS, 3, SURFACE_EXIT_SPACING_METRES, 10))).isEmpty();
    assertThat(codes(UNDERGROUND, Map.of(INDEPENDENT_SURFACE_EXITS, 2))).as("spacing unknown").isEmpty();
  }

  @Test
  void noSurfaceExitAtAll_isFewerThanTwo() {
    assertThat(codes(UNDERGROUND, Map.of(INDEPENDENT_SURFACE_EXITS, 0))).containsExactly("UG-01.1");
  }

  @Test
  void twoExitsPerProductionArea_and25Persons_areNoCriterion() {
    assertThat(codes(UNDERGROUND, Map.of(PRODUCTION_AREA_MIN_EXITS, 2, CARRIER_PERSONS_CARRIED, 25))).isEmpty();
  }

  @Test
  void concavePitFacts_needBoth() {
    assertThat(codes(OPEN_PIT, Map.of(CONCAVE_PIT, false, CONCAVE_PIT_FLOOD_WORKS_AS_DESIGNED, false))).isEmpty();
    assertThat(codes(OPEN_PIT, Map.of(CONCAVE_PIT, true))).isEmpty();
  }

  // Unknown facts and the wrong mine type fire nothing.

  @Test
  void unknownFacts_neverMeetACriterion() {
    assertThat(codes(OPEN_PIT, Map.of(SLOPE_HEIGHT_METRES, 260))).as("monitoring and analysis unknown").isEmpty();
    assertThat(codes(OPEN_PIT, Map.of(ONLINE_SLOPE_MONITORING, false, SLOPE_STABILITY_ANALYSIS_DONE, false))).as("height unknown").isEmpty();
    for (String mineType : List.of(OPEN_PIT, UNDERGROUND, TAILINGS_POND, OTHER)) {
      assertThat(codes(mineType, Map.of())).as(mineType + " with nothing known").isEmpty();
    }
  }

  @Test
  void factsOfAnotherMineType_meetNothing() {
    Map<String, Object> everythingWrong = everythingWrong();

    assertThat(codes(OTHER, everythingWrong)).isEmpty();
    assertThat(codes("QUARRY", everythingWrong)).as("an unknown mine type").isEmpty();
    assertThat(codes(TAILINGS_POND, Map.of(SLOPE_HEIGHT_METRES, 250, ONLINE_SLOPE_MONITORING, false, BANNED_EQUIPMENT_IN_USE, true))).isEmpty();
    assertThat(codes(UNDERGROUND, Map.of(SLOPE_HEIGHT_METRES, 250, ONLINE_SLOPE_MONITORING, false))).isEmpty();
  }

  @Test
  void everythingWrong_listsEveryRowOfTheMineType() {
    Map<String, List<String>> rowsByType = new HashMap<>();
    everyRow().forEach(a -> rowsByType.computeIfAbsent((String) a.get()[1], t -> new ArrayList<>()).add((String) a.get()[0]));

    for (String mineType : List.of(OPEN_PIT, UNDERGROUND, TAILINGS_POND)) {
      evaluate(mineType, everythingWrong());
      List<String> expected = new ArrayList<>(rowsByType.get(mineType));
      if (mineType.equals(UNDERGROUND)) {
        // 1 exit: fewer than two, so the two-exits-too-close row cannot also hold.
        expected.remove("Rule_TwoSurfaceExitsUnder30mApart");
      }
      assertThat(matchedRuleIds).as(mineType).containsExactlyElementsOf(expected);
    }
  }

  private static Map<String, Object> everythingWrong() {
    Map<String, Object> facts = new HashMap<>();
    everyRow().forEach(a -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> rowFacts = (Map<String, Object>) a.get()[3];
      rowFacts.forEach(facts::putIfAbsent);
    });
    return facts;
  }

  private static Arguments row(String ruleId, String mineType, String code, Map<String, Object> facts) {
    return Arguments.of(ruleId, mineType, code, facts);
  }

  private static List<String> codes(String mineType, Map<String, Object> facts) {
    return evaluate(mineType, facts).stream().map(r -> (String) r.get(Outputs.CRITERION_CODE)).toList();
  }

  /** Every input of the decision is a variable: the facts given, {@code null} for the rest. */
  private static List<Map<String, Object>> evaluate(String mineType, Map<String, Object> facts) {
    Map<String, Object> variables = new LinkedHashMap<>();
    MajorHazardDeterminationModelTest.constants(Inputs.class).forEach(name -> variables.put(name, null));
    variables.putAll(facts);
    variables.put(Inputs.MINE_TYPE, mineType);
    matchedRuleIds.clear();
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    return result.getResultList();
  }
}
