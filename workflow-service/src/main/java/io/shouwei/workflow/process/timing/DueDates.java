package io.shouwei.workflow.process.timing;

import io.shouwei.bpmn.DelegateBeans;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Called from the models' listener expressions ({@code ${dueDates.set(execution, 'reviewDueDate',
 * reviewPeriod)}}): sets a date variable to the engine's now plus an ISO-8601 duration.
 */
@Component(DelegateBeans.DUE_DATES)
public class DueDates {

  public void set(DelegateExecution execution, String variable, String isoDuration) {
    execution.setVariable(
        variable, Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(isoDuration))));
  }
}
