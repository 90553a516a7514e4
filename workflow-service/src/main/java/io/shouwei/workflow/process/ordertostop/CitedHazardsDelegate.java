package io.shouwei.workflow.process.ordertostop;

import io.shouwei.bpmn.DelegateBeans;
import io.shouwei.bpmn.OrderToStopProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@value Variables#ALL_CITED_HAZARDS_SIGNED_OFF} for the order of the instance (business key). */
@Component(DelegateBeans.CITED_HAZARDS)
class CitedHazardsDelegate implements JavaDelegate {

  private final CitedHazardRecords citedHazards;

  CitedHazardsDelegate(CitedHazardRecords citedHazards) {
    this.citedHazards = citedHazards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Variables.ALL_CITED_HAZARDS_SIGNED_OFF, citedHazards.open(execution.getProcessBusinessKey()).isEmpty());
  }
}
