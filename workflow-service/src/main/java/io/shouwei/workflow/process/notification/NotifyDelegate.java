package io.shouwei.workflow.process.notification;

import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.bpmn.DelegateBeans;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.Notifications.Inputs;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.workflow.notification.NewNotification;
import io.shouwei.workflow.notification.NotificationOutbox;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts a notification in the outbox: the role of input {@value Inputs#RECIPIENT_ROLE}, scoped to the
 * instance's enterprise or town, about the instance's object (hazard or order, by business key).
 */
@Component(DelegateBeans.NOTIFY)
class NotifyDelegate implements JavaDelegate {

  private final NotificationOutbox outbox;

  NotifyDelegate(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String role = (String) execution.getVariableLocal(Inputs.RECIPIENT_ROLE);
    String enterpriseId = (String) execution.getVariable(HazardRectificationProcess.Variables.ENTERPRISE_ID);
    String townCode = (String) execution.getVariable(HazardRectificationProcess.Variables.TOWN_CODE);
    String org = switch (role) {
      case CandidateGroups.ENTERPRISE -> enterpriseId;
      case CandidateGroups.TOWN_AGENCY -> townCode;
      default -> null;
    };
    String objectType = OrderToStopProcess.KEY.equals(processKey(execution)) ? "ORDER" : "HAZARD";
    outbox.add(new NewNotification(
        role, org, (String) execution.getVariableLocal(Inputs.REASON), objectType, execution.getProcessBusinessKey(),
        enterpriseId, townCode, dateOrNull(execution.getVariableLocal(Inputs.DUE_DATE))));
  }

  private static String processKey(DelegateExecution execution) {
    String definitionId = execution.getProcessDefinitionId();
    return definitionId.substring(0, definitionId.indexOf(':'));
  }

  private static java.time.Instant dateOrNull(Object value) {
    return value instanceof Date date ? date.toInstant() : null;
  }
}
