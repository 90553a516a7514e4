package io.shouwei.bpmn;

import io.shouwei.bpmn.Notifications.Inputs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for workflow-service's beans in the model tests, registered under the names of {@link
 * DelegateBeans}: they record what the process asked for, and set what the real ones set.
 */
public final class TestDelegates {

  /** One notification as the process asked for it. */
  record Sent(String reason, String recipientRole, Date dueDate) {}

  final List<Sent> notifications = new ArrayList<>();
  final List<String> enforcedStops = new ArrayList<>();
  boolean allCitedHazardsSignedOff;
  RuntimeException enforcementFailure;
  final CampaignScope campaignScope = new CampaignScope();

  void register() {
    Mocks.register(DelegateBeans.NOTIFY, (JavaDelegate) execution -> notifications.add(new Sent(
        (String) execution.getVariableLocal(Inputs.REASON),
        (String) execution.getVariableLocal(Inputs.RECIPIENT_ROLE),
        (Date) execution.getVariableLocal(Inputs.DUE_DATE))));
    Mocks.register(DelegateBeans.COUNT_DAYS_OVERDUE, (JavaDelegate) execution -> {
      Date deadline = (Date) execution.getVariable(HazardRectificationProcess.Variables.DEADLINE);
      long days = Duration.between(deadline.toInstant(), ClockUtil.getCurrentTime().toInstant()).toDays();
      execution.setVariableLocal(HazardRectificationProcess.Variables.DAYS_OVERDUE, (int) days);
    });
    Mocks.register(DelegateBeans.ENFORCE_STOP, (JavaDelegate) execution -> {
      if (enforcementFailure != null) {
        throw enforcementFailure;
      }
      enforcedStops.add(execution.getProcessBusinessKey());
    });
    Mocks.register(DelegateBeans.CITED_HAZARDS, (JavaDelegate) execution ->
        execution.setVariable(OrderToStopProcess.Variables.ALL_CITED_HAZARDS_SIGNED_OFF, allCitedHazardsSignedOff));
    Mocks.register(DelegateBeans.DUE_DATES, new DueDates());
    Mocks.register(DelegateBeans.CAMPAIGN_SCOPE, campaignScope);
  }

  List<String> reasons() {
    return notifications.stream().map(Sent::reason).toList();
  }

  /** As workflow-service's bean: the campaign's towns, and the enterprises known in them. */
  public static final class CampaignScope {
    List<String> towns = List.of();
    List<String> enterprises = List.of();

    public List<String> towns(DelegateExecution execution) {
      return towns;
    }

    public List<String> enterprises(DelegateExecution execution) {
      return enterprises;
    }
  }

  /** As workflow-service's bean: the engine's now plus an ISO-8601 duration. */
  public static final class DueDates {
    public void set(DelegateExecution execution, String variable, String isoDuration) {
      execution.setVariable(variable, Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(isoDuration))));
    }
  }
}
