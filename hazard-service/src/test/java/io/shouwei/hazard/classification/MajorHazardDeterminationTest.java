package io.shouwei.hazard.classification;

import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.CARRIER_PERSONS_CARRIED;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.FINAL_BENCH_HEIGHT_ABOVE_DESIGN;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.INDEPENDENT_SURFACE_EXITS;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.MECHANICAL_VENTILATION;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.ONLINE_SLOPE_MONITORING;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_HEIGHT_METRES;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SLOPE_STABILITY_ANALYSIS_DONE;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.SURFACE_EXIT_SPACING_METRES;
import static io.shouwei.bpmn.MajorHazardDetermination.Inputs.WORKING_SLOPE_ANGLE_ABOVE_DESIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.bpmn.MajorHazardDetermination.Inputs;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.ProblemHandler.FieldProblem;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The service on the real decision of module bpmn: no engine, model or file is stubbed. */
class MajorHazardDeterminationTest {

  private static MajorHazardDetermination determination;

  @BeforeAll
  static void parseOnce() {
    determination = new MajorHazardDetermination();
  }

  @Test
  void openPitWith210mSlopeWithoutOnlineMonitoring_isMajor_citingThe200mMonitoringCriterion() {
    Suggestion suggestion = determination.suggest("OPEN_PIT", Map.of(SLOPE_HEIGHT_METRES, 210, ONLINE_SLOPE_MONITORING, false));

    assertThat(suggestion.level()).isEqualTo(HazardLevel.MAJOR);
    assertThat(suggestion.criteria())
        .containsExactly(new MatchedCriterion(
            "OP-07.1",
            "Pit slope of 200 m or more without online monitoring",
            "高度200米及以上的采场边坡未进行在线监测；",
            "Pit slopes ≥200 m high not monitored online."));
  }

  @Test
  void the210mSlopeWithoutAnalysisEither_citesBothCriteria_inRowOrder() {
    Suggestion suggestion =
        determination.suggest("OPEN_PIT", Map.of(SLOPE_HEIGHT_METRES, 210.0, ONLINE_SLOPE_MONITORING, false, SLOPE_STABILITY_ANALYSIS_DONE, false));

    assertThat(suggestion.level()).isEqualTo(HazardLevel.MAJOR);
    assertThat(suggestion.codes()).containsExactly("OP-07.1", "OP-06");
  }

  @Test
  void factsAsAMineStoresThem_longsAndDoubles_areRead() {
    Map<String, Object> mineVariables = Map.of(SLOPE_HEIGHT_METRES, 210L, ONLINE_SLOPE_MONITORING, false);

    assertThat(determination.suggest("OPEN_PIT", mineVariables).codes()).containsExactly("OP-07.1");
    assertThat(determination.suggest("UNDERGROUND", Map.of(INDEPENDENT_SURFACE_EXITS, 1L)).codes()).containsExactly("UG-01.1");
    assertThat(determination.suggest("UNDERGROUND", Map.of(INDEPENDENT_SURFACE_EXITS, 2.0, SURFACE_EXIT_SPACING_METRES, new BigDecimal("12.5"))).codes())
        .containsExactly("UG-01.2");
  }

  @Test
  void a199mSlopeWithoutMonitoring_isGeneral() {
    Suggestion suggestion = determination.suggest("OPEN_PIT", Map.of(SLOPE_HEIGHT_METRES, 199.9, ONLINE_SLOPE_MONITORING, false));

    assertThat(suggestion.level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(suggestion.criteria()).isEmpty();
  }

  @Test
  void missingOrNullFacts_areNotKnown_andMeetNothing() {
    Map<String, Object> monitoringUnknown = new HashMap<>();
    monitoringUnknown.put(SLOPE_HEIGHT_METRES, 260);
    monitoringUnknown.put(ONLINE_SLOPE_MONITORING, null);

    assertThat(determination.suggest("OPEN_PIT", monitoringUnknown).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(determination.suggest("OPEN_PIT", Map.of(SLOPE_HEIGHT_METRES, 260)).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(determination.suggest("OPEN_PIT", Map.of()).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(determination.suggest("TAILINGS_POND", null).level()).isEqualTo(HazardLevel.GENERAL);
  }

  @Test
  void factsTheDecisionDoesNotRead_areIgnored() {
    Map<String, Object> facts = Map.of(
        "slopeUnderWaterPressure", true, "waterPressureMonitoring", false, "tailingsPondGrade", 2, "damHeightMetres", "not read");

    assertThat(determination.suggest("OPEN_PIT", facts).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(determination.factNames()).doesNotContain("slopeUnderWaterPressure", "tailingsPondGrade", Inputs.MINE_TYPE);
  }

  @Test
  void twoRowsOfOneCriterion_giveItOnce_withBothReasons() {
    Suggestion suggestion =
        determination.suggest("OPEN_PIT", Map.of(WORKING_SLOPE_ANGLE_ABOVE_DESIGN, true, FINAL_BENCH_HEIGHT_ABOVE_DESIGN, true));

    assertThat(suggestion.criteria()).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("OP-04");
      assertThat(c.reason()).isEqualTo("Working slope angle steeper than design; Final-slope bench height above design");
      assertThat(c.textZh()).isEqualTo("工作帮坡角大于设计工作帮坡角，或者最终边坡台阶高度超过设计高度。");
    });
  }

  @Test
  void factsOfAnotherMineType_meetNothing() {
    Map<String, Object> facts = Map.of(SLOPE_HEIGHT_METRES, 300, ONLINE_SLOPE_MONITORING, false, MECHANICAL_VENTILATION, false);

    assertThat(determination.suggest("OTHER", facts).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(determination.suggest("TAILINGS_POND", facts).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(determination.suggest("UNDERGROUND", facts).codes()).containsExactly("UG-20");
  }

  @Test
  void factsOfTheWrongKind_areA400_namingEachFact() {
    Map<String, Object> facts = new HashMap<>();
    facts.put(SLOPE_HEIGHT_METRES, "210");
    facts.put(ONLINE_SLOPE_MONITORING, "false");
    facts.put(INDEPENDENT_SURFACE_EXITS, 1.5);
    facts.put(CARRIER_PERSONS_CARRIED, -1);
    facts.put(SURFACE_EXIT_SPACING_METRES, Double.NaN);

    assertThatThrownBy(() -> determination.suggest("UNDERGROUND", facts))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.getBody().getProperties()).containsKey("errors");
          @SuppressWarnings("unchecked")
          List<FieldProblem> errors = (List<FieldProblem>) e.getBody().getProperties().get("errors");
          assertThat(errors).containsExactlyInAnyOrder(
              new FieldProblem("facts.slopeHeightMetres", "must be a number of metres, at least 0"),
              new FieldProblem("facts.onlineSlopeMonitoring", "must be true or false"),
              new FieldProblem("facts.independentSurfaceExits", "must be a whole number, at least 0"),
              new FieldProblem("facts.carrierPersonsCarried", "must be a whole number, at least 0"),
              new FieldProblem("facts.surfaceExitSpacingMetres", "must be a number of metres, at least 0"));
        });
  }

  @Test
  void aMineTypeThatIsNone_isRefused() {
    assertThatThrownBy(() -> determination.suggest("QUARRY", Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QUARRY");
    assertThatThrownBy(() -> determination.suggest(null, Map.of())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void factNames_areTheDecisionsInputs_butTheMineType() throws Exception {
    List<String> inputs = Arrays.stream(Inputs.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(MajorHazardDeterminationTest::value)
        .filter(name -> !name.equals(Inputs.MINE_TYPE))
        .toList();

    assertThat(determination.factNames()).containsExactlyInAnyOrderElementsOf(inputs);
  }

  @Test
  void criteria_areLookedUpByCode_confirmedOrNot() {
    assertThat(determination.criterion("OP-07.1")).hasValueSatisfying(c -> {
      assertThat(c.mineType()).isEqualTo("OPEN_PIT");
      assertThat(c.article()).isEqualTo("二、(七)第1项");
      assertThat(c.confirmed()).isTrue();
    });
    assertThat(determination.criterion("TP-07")).hasValueSatisfying(c -> assertThat(c.confirmed()).isFalse());
    assertThat(determination.criterion("XX-99")).isEmpty();
  }

  @Test
  void oneParsedDecision_servesConcurrentCallers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> calls = IntStream.range(0, 96)
          .mapToObj(i -> (Callable<List<String>>) () -> determination.suggest(
              "OPEN_PIT", Map.of(SLOPE_HEIGHT_METRES, 200 + i % 50, ONLINE_SLOPE_MONITORING, false)).codes())
          .toList();
      for (Future<List<String>> result : pool.invokeAll(calls)) {
        assertThat(result.get()).containsExactly("OP-07.1");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSuggestionsLevel_fitsItsCriteria() {
    MatchedCriterion criterion = new MatchedCriterion("OP-07.1", "r", "zh", "en");

    assertThat(Suggestion.of(List.of()).level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(Suggestion.of(List.of(criterion)).level()).isEqualTo(HazardLevel.MAJOR);
    assertThatThrownBy(() -> new Suggestion(HazardLevel.MAJOR, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Suggestion(HazardLevel.GENERAL, List.of(criterion))).isInstanceOf(IllegalArgumentException.class);
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
