package io.shouwei.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.bpmn.HazardRectificationProcess.Elements;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The model of {@value HazardRectificationProcess#KEY} and its constants class agree. */
class HazardRectificationModelTest extends ProcessModelChecks {

  @Override
  String resource() {
    return HazardRectificationProcess.RESOURCE;
  }

  @Override
  String key() {
    return HazardRectificationProcess.KEY;
  }

  @Override
  String historyTimeToLive() {
    return HazardRectificationProcess.HISTORY_TIME_TO_LIVE;
  }

  @Override
  Class<?> elements() {
    return Elements.class;
  }

  @Override
  Class<?> messages() {
    return HazardRectificationProcess.Messages.class;
  }

  @Test
  void planTimers_andDueDate_readTheVariablesOfTheConstants() {
    BpmnModelInstance model = model();
    UserTask plan = model.getModelElementById(Elements.TASK_SUBMIT_RECTIFICATION_PLAN);

    assertThat(plan.getCamundaDueDate()).isEqualTo("${" + Variables.PLAN_DUE_DATE + "}");
    assertThat(timerDate(model, Elements.TIMER_PLAN_DUE)).isEqualTo("${" + Variables.PLAN_DUE_DATE + "}");
    assertThat(timerDate(model, Elements.TIMER_PLAN_REMINDER)).isEqualTo("${" + Variables.PLAN_REMINDER_DATE + "}");
  }

  @Test
  void overdueTimer_isACycle_ofTheVariableOfTheConstants() {
    BoundaryEvent timer = model().getModelElementById(Elements.TIMER_DEADLINE_OVERDUE);
    TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();

    assertThat(timer.cancelActivity()).isFalse();
    assertThat(definition.getTimeCycle().getTextContent()).isEqualTo("${" + Variables.OVERDUE_CYCLE + "}");
  }

  @Test
  void escalation_evaluatesTheDecisionOfItsConstants() {
    BusinessRuleTask task = model().getModelElementById(Elements.TASK_APPLY_ESCALATION_POLICY);

    assertThat(task.getCamundaDecisionRef()).isEqualTo(EscalationPolicy.KEY);
  }

  private static String timerDate(BpmnModelInstance model, String id) {
    BoundaryEvent timer = model.getModelElementById(id);
    assertThat(timer.cancelActivity()).as(id + " non-interrupting").isFalse();
    TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
    return definition.getTimeDate().getTextContent();
  }
}
