package io.shouwei.workflow.process.hazardrectification;

import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.HazardRectificationProcess.Messages;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.workflow.config.WorkflowProperties;
import io.shouwei.workflow.process.CorrelationOutcome;
import io.shouwei.workflow.process.Correlations;
import io.shouwei.workflow.process.ProcessStarts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process {@value HazardRectificationProcess#KEY} driven by the hazard's events: started at most
 * once per hazard (business key = hazard id), then each event correlated as its message with the
 * dates the process's timers read, computed from the event's own time and {@link
 * WorkflowProperties.HazardRectification}. A redelivered event changes nothing; an event the
 * instance does not wait for yet is answered {@link CorrelationOutcome#NOT_WAITING}.
 *
 * <p>A start races only when a partition moves while a slow consumer is still at work; for that
 * case the start also claims the business key in {@link ProcessStarts}, in the engine's
 * transaction, and the loser of the race rolls back.
 */
@Component
public class HazardRectification {

  private static final Logger log = LoggerFactory.getLogger(HazardRectification.class);

  /** What {@link #start} did. */
  public enum StartResult {
    STARTED,
    ALREADY_STARTED
  }

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ProcessStarts starts;
  private final Correlations correlations;
  private final TransactionTemplate transaction;
  private final WorkflowProperties.HazardRectification settings;

  public HazardRectification(
      RuntimeService runtime,
      HistoryService history,
      ProcessStarts starts,
      Correlations correlations,
      TransactionTemplate transaction,
      WorkflowProperties properties) {
    this.runtime = runtime;
    this.history = history;
    this.starts = starts;
    this.correlations = correlations;
    this.transaction = transaction;
    this.settings = properties.hazardRectification();
  }

  public StartResult start(StartHazardRectification command) {
    String hazardId = command.hazardId();
    if (exists(hazardId)) {
      log.info("{} of hazard {} exists already; event skipped", HazardRectificationProcess.KEY, hazardId);
      return StartResult.ALREADY_STARTED;
    }
    try {
      ProcessInstance instance =
          transaction.execute(
              status -> {
                starts.claim(HazardRectificationProcess.KEY, hazardId);
                return runtime.startProcessInstanceByKey(
                    HazardRectificationProcess.KEY, hazardId, startVariables(command));
              });
      log.info("started {} {} for hazard {}", HazardRectificationProcess.KEY, instance.getId(), hazardId);
      return StartResult.STARTED;
    } catch (DuplicateKeyException raceLost) {
      log.info("{} of hazard {} was started concurrently; event skipped", HazardRectificationProcess.KEY, hazardId);
      return StartResult.ALREADY_STARTED;
    }
  }

  /**
   * A new level: while the plan is awaited, its due date is computed again from the start of
   * planning (the message re-enters planning); later, only the level is recorded (it decides who
   * verifies).
   */
  public CorrelationOutcome classified(UUID eventId, HazardClassified event) {
    String level = level(event.level());
    return correlations.once(eventId, event.hazardId(), Messages.HAZARD_CLASSIFIED, () -> {
      Optional<ProcessInstance> instance = correlations.instance(HazardRectificationProcess.KEY, event.hazardId());
      if (instance.isEmpty()) {
        return CorrelationOutcome.NOT_WAITING;
      }
      String id = instance.get().getId();
      if (correlations.waitingInstance(HazardRectificationProcess.KEY, event.hazardId(), Messages.HAZARD_CLASSIFIED)
          .isPresent()) {
        Instant since = ((Date) runtime.getVariable(id, Variables.PLANNING_SINCE)).toInstant();
        Map<String, Object> variables = planDue(since, level);
        variables.put(Variables.LEVEL, level);
        runtime.createMessageCorrelation(Messages.HAZARD_CLASSIFIED).processInstanceId(id).setVariables(variables)
            .correlate();
      } else {
        runtime.setVariable(id, Variables.LEVEL, level);
      }
      return CorrelationOutcome.APPLIED;
    });
  }

  /** The plan is in (or revised): the deadline timers are set from it. */
  public CorrelationOutcome planned(UUID eventId, RectificationPlanned event) {
    return correlate(eventId, event.hazardId(), Messages.RECTIFICATION_PLANNED, deadline(event.deadline()));
  }

  public CorrelationOutcome extensionRequested(UUID eventId, DeadlineExtensionRequested event) {
    return correlate(eventId, event.hazardId(), Messages.DEADLINE_EXTENSION_REQUESTED, Map.of(
        Variables.EXTENSION_DECISION_DUE_DATE, date(event.requestedAt().plus(settings.extensionDecisionWithin()))));
  }

  /** The approved deadline replaces the old one; rectification is re-entered, which moves its timers. */
  public CorrelationOutcome extensionApproved(UUID eventId, DeadlineExtensionApproved event) {
    return correlate(eventId, event.hazardId(), Messages.DEADLINE_EXTENSION_APPROVED, deadline(event.newDeadline()));
  }

  public CorrelationOutcome extensionRefused(UUID eventId, String hazardId) {
    return correlate(eventId, hazardId, Messages.DEADLINE_EXTENSION_REFUSED, Map.of());
  }

  public CorrelationOutcome completed(UUID eventId, RectificationCompleted event) {
    return correlate(eventId, event.hazardId(), Messages.RECTIFICATION_COMPLETED, Map.of(
        Variables.VERIFICATION_DUE_DATE, date(event.completedAt().plus(settings.verificationWithin()))));
  }

  public CorrelationOutcome rejected(UUID eventId, RectificationRejected event) {
    return correlate(eventId, event.hazardId(), Messages.RECTIFICATION_REJECTED,
        Map.of(Variables.REJECTION_REASON, event.reason() == null ? "" : event.reason()));
  }

  public CorrelationOutcome signedOff(UUID eventId, HazardSignedOff event) {
    Map<String, Object> variables = new HashMap<>();
    Instant lookBack = event.signedOffAt().plus(settings.lookBackAfter());
    variables.put(Variables.LOOK_BACK_DATE, date(lookBack));
    variables.put(Variables.LOOK_BACK_DUE_DATE, date(lookBack.plus(settings.lookBackWithin())));
    if (event.level() != null) {
      variables.put(Variables.LEVEL, level(event.level()));
    }
    return correlate(eventId, event.hazardId(), Messages.HAZARD_SIGNED_OFF, variables);
  }

  /** Round again: planning restarts at the reopening, with the plan period of the hazard's level. */
  public CorrelationOutcome reopened(UUID eventId, HazardReopened event) {
    return correlations.once(eventId, event.hazardId(), Messages.HAZARD_REOPENED, () -> {
      Optional<String> waiting =
          correlations.waitingInstance(HazardRectificationProcess.KEY, event.hazardId(), Messages.HAZARD_REOPENED);
      if (waiting.isEmpty()) {
        return CorrelationOutcome.NOT_WAITING;
      }
      String level = (String) runtime.getVariable(waiting.get(), Variables.LEVEL);
      Map<String, Object> variables = planDue(event.reopenedAt(), level);
      variables.put(Variables.REOPEN_REASON, event.reason() == null ? "" : event.reason());
      runtime.createMessageCorrelation(Messages.HAZARD_REOPENED).processInstanceId(waiting.get())
          .setVariables(variables).correlate();
      return CorrelationOutcome.APPLIED;
    });
  }

  private CorrelationOutcome correlate(UUID eventId, String hazardId, String message, Map<String, Object> variables) {
    return correlations.correlate(HazardRectificationProcess.KEY, hazardId, message, eventId, variables);
  }

  private boolean exists(String hazardId) {
    return runtime.createProcessInstanceQuery()
                .processDefinitionKey(HazardRectificationProcess.KEY)
                .processInstanceBusinessKey(hazardId)
                .count()
            > 0
        || history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(HazardRectificationProcess.KEY)
                .processInstanceBusinessKey(hazardId)
                .count()
            > 0;
  }

  private Map<String, Object> startVariables(StartHazardRectification command) {
    String level = level(command.suggestedLevel());
    Map<String, Object> variables = planDue(command.reportedAt(), level);
    variables.put(Variables.HAZARD_ID, command.hazardId());
    variables.put(Variables.MINE_ID, command.mineId());
    variables.put(Variables.ENTERPRISE_ID, command.enterpriseId());
    variables.put(Variables.TOWN_CODE, command.townCode());
    variables.put(Variables.LEVEL, level);
    variables.put(Variables.STOP_DECISION_RAISED, false);
    return variables;
  }

  /** The plan's due date and reminder, counted from {@code since} with the period of {@code level}. */
  Map<String, Object> planDue(Instant since, String level) {
    Duration period = HazardLevel.MAJOR.name().equals(level) ? settings.planDueMajor() : settings.planDueGeneral();
    Instant due = since.plus(period);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.PLANNING_SINCE, date(since));
    variables.put(Variables.PLAN_DUE_DATE, date(due));
    variables.put(Variables.PLAN_REMINDER_DATE, date(due.minus(settings.planReminderBefore())));
    return variables;
  }

  /** The deadline, its reminder and the overdue cycle that starts at it. */
  Map<String, Object> deadline(Instant deadline) {
    return Map.of(
        Variables.DEADLINE, date(deadline),
        Variables.DEADLINE_REMINDER_DATE, date(deadline.minus(settings.deadlineReminderBefore())),
        Variables.OVERDUE_CYCLE, "R/" + deadline + "/" + settings.overdueEscalationEvery());
  }

  /** A hazard without a level yet is treated as general until it is classified. */
  static String level(HazardLevel level) {
    return level == null ? HazardLevel.GENERAL.name() : level.name();
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }
}
