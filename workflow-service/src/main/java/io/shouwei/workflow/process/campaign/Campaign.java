package io.shouwei.workflow.process.campaign;

import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.CampaignProcess.Elements;
import io.shouwei.bpmn.CampaignProcess.Messages;
import io.shouwei.bpmn.CampaignProcess.Variables;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.workflow.config.WorkflowProperties;
import io.shouwei.workflow.process.CorrelationOutcome;
import io.shouwei.workflow.process.Correlations;
import io.shouwei.workflow.process.ProcessStarts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process {@value CampaignProcess#KEY} driven by the campaign's events: started once per campaign
 * (business key = campaign id), the phases' first days as the dates of its timers, the day after
 * the report date as the due date of the reports and look-backs (days of the district's calendar,
 * {@link WorkflowProperties.Campaign#zone()}). A phase amended before the summary phase re-enters
 * the schedule; later it changes nothing that waits. A new report date moves the due dates and
 * overdue timers of every open report and look-back of the campaign. Also records the mines it
 * learns of, whose enterprises report in the campaigns of their towns.
 */
@Component
public class Campaign {

  private static final Logger log = LoggerFactory.getLogger(Campaign.class);

  private static final Map<PhaseKind, String> START_VARIABLES = Map.of(
      PhaseKind.MOBILISATION, Variables.MOBILISATION_STARTS_AT,
      PhaseKind.CONCENTRATED_PUSH, Variables.PUSH_STARTS_AT,
      PhaseKind.SUMMARY, Variables.SUMMARY_STARTS_AT);

  private static final List<String> DUE_AT_REPORT_DATE_TIMERS = List.of(
      Elements.TIMER_TOWN_REPORT_OVERDUE, Elements.TIMER_ENTERPRISE_REPORT_OVERDUE,
      RevisitProcess.Elements.TIMER_REVISIT_OVERDUE);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ProcessStarts starts;
  private final Correlations correlations;
  private final CampaignRecords records;
  private final TransactionTemplate transaction;
  private final ZoneId zone;

  public Campaign(
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      ProcessStarts starts,
      Correlations correlations,
      CampaignRecords records,
      TransactionTemplate transaction,
      WorkflowProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.starts = starts;
    this.correlations = correlations;
    this.records = records;
    this.transaction = transaction;
    this.zone = properties.campaign().zone();
  }

  public CorrelationOutcome launched(CampaignLaunched event) {
    String campaignId = event.campaignId();
    if (correlations.instance(CampaignProcess.KEY, campaignId).isPresent()
        || starts.claimed(CampaignProcess.KEY, campaignId)) {
      return CorrelationOutcome.DUPLICATE;
    }
    try {
      transaction.executeWithoutResult(status -> {
        starts.claim(CampaignProcess.KEY, campaignId);
        records.recordTowns(campaignId, event.jurisdiction().townCodes());
        runtime.startProcessInstanceByKey(CampaignProcess.KEY, campaignId, startVariables(event));
      });
      log.info("started {} for campaign {}", CampaignProcess.KEY, campaignId);
      return CorrelationOutcome.APPLIED;
    } catch (DuplicateKeyException raceLost) {
      return CorrelationOutcome.DUPLICATE;
    }
  }

  /** Re-enters the schedule with the phase's new first day; once the summary phase began, only records it. */
  public CorrelationOutcome phaseAmended(UUID eventId, CampaignPhaseAmended event) {
    return correlations.once(eventId, event.campaignId(), Messages.CAMPAIGN_PHASE_AMENDED, () -> {
      Optional<ProcessInstance> instance = correlations.instance(CampaignProcess.KEY, event.campaignId());
      if (instance.isEmpty()) {
        return CorrelationOutcome.NOT_WAITING;
      }
      Map<String, Object> variables = Map.of(START_VARIABLES.get(event.kind()), startOf(event.startDate()));
      if (correlations.waitingInstance(CampaignProcess.KEY, event.campaignId(), Messages.CAMPAIGN_PHASE_AMENDED)
          .isPresent()) {
        runtime.createMessageCorrelation(Messages.CAMPAIGN_PHASE_AMENDED).processInstanceId(instance.get().getId())
            .setVariables(variables).correlate();
      } else {
        runtime.setVariables(instance.get().getId(), variables);
      }
      return CorrelationOutcome.APPLIED;
    });
  }

  /** The new due date of every report and look-back, open or to come, and of their overdue timers. */
  public CorrelationOutcome reportDueDateAmended(UUID eventId, CampaignReportDueDateAmended event) {
    return correlations.once(eventId, event.campaignId(), EventTypes.CAMPAIGN_REPORT_DUE_DATE_AMENDED, () -> {
      Optional<ProcessInstance> instance = correlations.instance(CampaignProcess.KEY, event.campaignId());
      if (instance.isEmpty()) {
        return CorrelationOutcome.NOT_WAITING;
      }
      Date due = reportDue(event.reportDueDate());
      runtime.setVariable(instance.get().getId(), Variables.REPORT_DUE_DATE, due);
      List<String> instanceIds = new ArrayList<>(List.of(instance.get().getId()));
      for (ProcessInstance revisit : runtime.createProcessInstanceQuery()
          .superProcessInstanceId(instance.get().getId()).list()) {
        runtime.setVariable(revisit.getId(), RevisitProcess.Variables.DUE_DATE, due);
        instanceIds.add(revisit.getId());
      }
      for (String id : instanceIds) {
        for (Task task : tasks.createTaskQuery().processInstanceId(id).list()) {
          tasks.setDueDate(task.getId(), due);
        }
        for (Job timer : management.createJobQuery().processInstanceId(id).timers().list()) {
          String activity = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
              .singleResult().getActivityId();
          if (DUE_AT_REPORT_DATE_TIMERS.contains(activity)) {
            management.setJobDuedate(timer.getId(), due);
          }
        }
      }
      return CorrelationOutcome.APPLIED;
    });
  }

  public CorrelationOutcome concluded(UUID eventId, CampaignConcluded event) {
    return correlations.correlate(CampaignProcess.KEY, event.campaignId(), Messages.CAMPAIGN_CONCLUDED, eventId, Map.of());
  }

  public CorrelationOutcome mineRegistered(MineRegistered event) {
    records.mineRegistered(event.mineId(), event.enterpriseId(), event.townCode());
    return CorrelationOutcome.APPLIED;
  }

  public CorrelationOutcome mineClosed(MineClosed event) {
    records.mineClosed(event.mineId());
    return CorrelationOutcome.APPLIED;
  }

  private Map<String, Object> startVariables(CampaignLaunched event) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.CAMPAIGN_ID, event.campaignId());
    variables.put(Variables.DISTRICT_CODE, event.jurisdiction().districtCode());
    phaseStarts(event.phases()).forEach((kind, start) -> variables.put(START_VARIABLES.get(kind), start));
    variables.put(Variables.REPORT_DUE_DATE, reportDue(event.reportDueDate()));
    return variables;
  }

  /**
   * The first day of each phase; a phase the campaign leaves out starts with the next one it has,
   * or after the last one, so its timer passes at once.
   */
  Map<PhaseKind, Date> phaseStarts(List<Phase> phases) {
    Map<PhaseKind, Phase> byKind = new EnumMap<>(PhaseKind.class);
    phases.forEach(p -> byKind.put(p.kind(), p));
    LocalDate afterLast = phases.stream().map(Phase::endDate).max(LocalDate::compareTo).orElseThrow().plusDays(1);
    Map<PhaseKind, Date> starts = new EnumMap<>(PhaseKind.class);
    LocalDate next = afterLast;
    PhaseKind[] kinds = PhaseKind.values();
    for (int i = kinds.length - 1; i >= 0; i--) {
      Phase phase = byKind.get(kinds[i]);
      if (phase != null) {
        next = phase.startDate();
      }
      starts.put(kinds[i], startOf(next));
    }
    return starts;
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** The end of the report date: the start of the next day. */
  Date reportDue(LocalDate reportDate) {
    return startOf(reportDate.plusDays(1));
  }
}
