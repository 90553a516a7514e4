package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.EscalationPolicy.Inputs;
import io.shouwei.bpmn.EscalationPolicy.Outputs;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per rule row of {@value EscalationPolicy#KEY}, at both ends of its range, and the model against its constants. */
class EscalationPolicyRulesTest {

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static DmnModelInstance model;
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
    try (InputStream in = resource()) {
      decision = engine.parseDecision(EscalationPolicy.KEY, in);
    }
    try (InputStream in = resource()) {
      model = Dmn.readModelFromStream(in);
    }
  }

  @BeforeEach
  void forgetMatches() {
    matchedRuleIds.clear();
  }

  static Stream<Arguments> everyRow() {
    return Stream.of(
        Arguments.of("Rule_GeneralFirstDays", "GENERAL", 0, 2, "ENTERPRISE", false),
        Arguments.of("Rule_GeneralTown", "GENERAL", 3, 6, "TOWN_AGENCY", false),
        Arguments.of("Rule_GeneralDistrict", "GENERAL", 7, 14, "DISTRICT_AGENCY", false),
        Arguments.of("Rule_GeneralStop", "GENERAL", 15, 400, "DISTRICT_AGENCY", true),
        Arguments.of("Rule_MajorFirstDay", "MAJOR", 0, 0, "TOWN_AGENCY", false),
        Arguments.of("Rule_MajorDistrict", "MAJOR", 1, 4, "DISTRICT_AGENCY", false),
        Arguments.of("Rule_MajorStop", "MAJOR", 5, 400, "DISTRICT_AGENCY", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRow")
  void row_firesAlone_atBothEndsOfItsRange(
      String ruleId, String level, int fromDays, int toDays, String notify, boolean raiseStopDecision) {
    for (int days : new int[] {fromDays, toDays}) {
      matchedRuleIds.clear();
      DmnDecisionRuleResult result = evaluate(level, days);

      assertThat(matchedRuleIds).as("%s, %d days", level, days).containsExactly(ruleId);
      assertThat(result.<String>getEntry(Outputs.NOTIFY)).isEqualTo(notify);
      assertThat(result.<Boolean>getEntry(Outputs.RAISE_STOP_DECISION)).isEqualTo(raiseStopDecision);
    }
  }

  @Test
  void everyRowOfTheModel_hasItsCase_andTheHitPolicyIsUnique() {
    DecisionTable table = model.getModelElementById("DecisionTable_EscalationPolicy");

    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getRules().stream().map(Rule::getId))
        .containsExactlyInAnyOrderElementsOf(everyRow().map(a -> (String) a.get()[0]).toList());
  }

  @Test
  void inputsAndOutputs_areTheNamesOfTheConstants() {
    DecisionTable table = model.getModelElementById("DecisionTable_EscalationPolicy");
    Decision named = model.getModelElementById(EscalationPolicy.KEY);

    assertThat(named.getCamundaHistoryTimeToLiveString()).isEqualTo(EscalationPolicy.HISTORY_TIME_TO_LIVE);
    assertThat(table.getInputs().stream().map(Input::getInputExpression).map(e -> e.getText().getTextContent()))
        .containsExactlyInAnyOrder(Inputs.LEVEL, Inputs.DAYS_OVERDUE);
    assertThat(table.getOutputs().stream().map(Output::getName))
        .containsExactlyInAnyOrder(Outputs.NOTIFY, Outputs.RAISE_STOP_DECISION);
  }

  @Test
  void negativeDaysOrAnUnknownLevel_matchNoRow() {
    assertThat(engine.evaluateDecisionTable(decision, Map.of(Inputs.LEVEL, "MAJOR", Inputs.DAYS_OVERDUE, -1))
            .getResultList())
        .isEmpty();
    assertThat(engine.evaluateDecisionTable(decision, Map.of(Inputs.LEVEL, "MINOR", Inputs.DAYS_OVERDUE, 3))
            .getResultList())
        .isEmpty();
  }

  private static DmnDecisionRuleResult evaluate(String level, int daysOverdue) {
    return engine.evaluateDecisionTable(decision, Map.of(Inputs.LEVEL, level, Inputs.DAYS_OVERDUE, daysOverdue))
        .getSingleResult();
  }

  private static InputStream resource() {
    return EscalationPolicyRulesTest.class.getClassLoader().getResourceAsStream(EscalationPolicy.RESOURCE);
  }
}
