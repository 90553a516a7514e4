package io.shouwei.workflow.process.notification;

import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.CandidateGroups;
import io.shouwei.bpmn.DelegateBeans;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.Notifications.Inputs;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.workflow.notification.NewNotification;
import io.shouwei.workflow.notification.NotificationOutbox;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts a notification in the outbox: the role of input {@value Inputs#RECIPIENT_ROLE}, scoped to the
 * instance's enterprise or town (in a campaign: the town or enterprise the reporting instance is
 * for), about the instance's object (hazard, order or campaign, by business key; a revisit's subject).
 */
@Component(DelegateBeans.NOTIFY)
class NotifyDelegate implements JavaDelegate {

  /** The object a process is about, by process key; a revisit names its subject in its variables. */
  private static final Map<String, String> OBJECT_TYPES = Map.of(
      HazardRectificationProcess.KEY, "HAZARD",
      OrderToStopProcess.KEY, "ORDER",
      CampaignProcess.KEY, "CAMPAIGN");

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
    String processKey = processKey(execution);
    String objectType;
    String objectId = execution.getProcessBusinessKey();
    if (RevisitProcess.KEY.equals(processKey)) {
      objectType = (String) execution.getVariable(RevisitProcess.Variables.SUBJECT_TYPE);
      objectId = (String) execution.getVariable(RevisitProcess.Variables.SUBJECT_ID);
    } else {
      objectType = OBJECT_TYPES.getOrDefault(processKey, "HAZARD");
    }
    outbox.add(new NewNotification(
        role, org, (String) execution.getVariableLocal(Inputs.REASON), objectType, objectId,
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
