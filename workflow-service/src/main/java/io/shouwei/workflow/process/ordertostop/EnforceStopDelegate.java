package io.shouwei.workflow.process.ordertostop;

import io.shouwei.bpmn.DelegateBeans;
import io.shouwei.workflow.hazardclient.HazardCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks hazard-service to enforce the stop of the instance's order (business key). Runs as an
 * asynchronous job: a failure is retried by the engine on the model's retry cycle and becomes an
 * incident when the retries are spent. The call is idempotent, so a retry applies nothing twice.
 */
@Component(DelegateBeans.ENFORCE_STOP)
class EnforceStopDelegate implements JavaDelegate {

  private final HazardCommands hazard;

  EnforceStopDelegate(HazardCommands hazard) {
    this.hazard = hazard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    hazard.enforceStop(execution.getProcessBusinessKey());
  }
}
