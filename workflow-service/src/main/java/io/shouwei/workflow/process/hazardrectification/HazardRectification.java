package io.shouwei.workflow.process.hazardrectification;

import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.HazardRectificationProcess.Variables;
import io.shouwei.workflow.config.WorkflowProperties;
import io.shouwei.workflow.process.ProcessStarts;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts process {@value HazardRectificationProcess#KEY}, at most once per hazard (business key =
 * hazard id), however often its event is delivered.
 *
 * <p>A redelivered event finds the instance by business key (running or finished) and is skipped.
 * Two deliveries at the same moment cannot normally happen (a hazard's events share one partition,
 * read by one consumer thread), but can when a partition moves while a slow consumer is still at
 * work; for that case the start also claims the business key in {@link ProcessStarts}, in the
 * engine's transaction, and the loser of the race rolls back.
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
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Duration planDue;

  public HazardRectification(
      RuntimeService runtime,
      HistoryService history,
      ProcessStarts starts,
      TransactionTemplate transaction,
      Clock clock,
      WorkflowProperties properties) {
    this.runtime = runtime;
    this.history = history;
    this.starts = starts;
    this.transaction = transaction;
    this.clock = clock;
    this.planDue = properties.hazardRectification().planDue();
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
                    HazardRectificationProcess.KEY, hazardId, variables(command));
              });
      log.info("started {} {} for hazard {}", HazardRectificationProcess.KEY, instance.getId(), hazardId);
      return StartResult.STARTED;
    } catch (DuplicateKeyException raceLost) {
      log.info("{} of hazard {} was started concurrently; event skipped", HazardRectificationProcess.KEY, hazardId);
      return StartResult.ALREADY_STARTED;
    }
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

  private Map<String, Object> variables(StartHazardRectification command) {
    return Map.of(
        Variables.HAZARD_ID, command.hazardId(),
        Variables.MINE_ID, command.mineId(),
        Variables.ENTERPRISE_ID, command.enterpriseId(),
        Variables.TOWN_CODE, command.townCode(),
        Variables.PLAN_DUE, isoDuration(planDue),
        Variables.PLAN_DUE_DATE, Date.from(clock.instant().plus(planDue)));
  }

  /** {@code P7D} rather than {@code PT168H}: both are valid, the first is what people read in Cockpit. */
  static String isoDuration(Duration duration) {
    if (duration.toSecondsPart() == 0 && duration.toNanosPart() == 0 && duration.toHoursPart() == 0
        && duration.toMinutesPart() == 0) {
      return "P" + duration.toDays() + "D";
    }
    return duration.toString();
  }
}
