package io.shouwei.workflow.process.hazardrectification;

import io.shouwei.bpmn.DelegateBeans;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.workflow.config.WorkflowProperties;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Sets local variable {@value Variables#DAYS_OVERDUE}: whole days from {@value Variables#DEADLINE}
 * to the engine's now (the clock its timers run on), for the escalation policy. A day is {@link
 * WorkflowProperties.HazardRectification#overdueDay()} long: 24 hours, unless shortened to rehearse
 * the escalation chain in minutes.
 */
@Component(DelegateBeans.COUNT_DAYS_OVERDUE)
class CountDaysOverdueDelegate implements JavaDelegate {

  private final Duration day;

  CountDaysOverdueDelegate(WorkflowProperties properties) {
    this.day = properties.hazardRectification().overdueDay();
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(Variables.DEADLINE);
    long days = Duration.between(deadline.toInstant(), ClockUtil.getCurrentTime().toInstant()).dividedBy(day);
    execution.setVariableLocal(Variables.DAYS_OVERDUE, (int) Math.max(0, days));
  }
}
