package io.shouwei.workflow.process.hazardrectification;

import io.shouwei.bpmn.DelegateBeans;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Sets local variable {@value Variables#DAYS_OVERDUE}: whole days from {@value Variables#DEADLINE}
 * to the engine's now (the clock its timers run on), for the escalation policy.
 */
@Component(DelegateBeans.COUNT_DAYS_OVERDUE)
class CountDaysOverdueDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(Variables.DEADLINE);
    long days = Duration.between(deadline.toInstant(), ClockUtil.getCurrentTime().toInstant()).toDays();
    execution.setVariableLocal(Variables.DAYS_OVERDUE, (int) Math.max(0, days));
  }
}
