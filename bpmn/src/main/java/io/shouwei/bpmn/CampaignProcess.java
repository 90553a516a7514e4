package io.shouwei.bpmn;

/**
 * Names of process {@value #KEY} ({@value #RESOURCE}): one instance per campaign (专项行动),
 * business key = campaign id, started by its {@code CampaignLaunched}.
 *
 * <p>A timer waits for the start of each phase (mobilisation, concentrated push, summary); an
 * amended phase re-enters the schedule, which sets the timers again from the new dates (a boundary
 * already passed fires at once and is passed again, harmlessly). At the start of the summary phase,
 * every town office of the campaign gets a look-back (a call of {@value RevisitProcess#KEY} about its
 * work in the campaign) and a "submit the work report" task, and so does every enterprise that
 * workflow-service knows to operate a mine in those towns; all are due at the campaign's report
 * date, and an overdue report is escalated to the district bureau. The campaign's conclusion ends
 * the instance, whatever is still open. Code uses these names, never literals; {@code
 * CampaignModelTest} checks them.
 */
public final class CampaignProcess {

  /** The process definition key. */
  public static final String KEY = "campaign";

  /** Where the model lies on the classpath. */
  public static final String RESOURCE = "bpmn/campaign.bpmn";

  /** Ten years, as {@link HazardRectificationProcess#HISTORY_TIME_TO_LIVE}. */
  public static final String HISTORY_TIME_TO_LIVE = "P3650D";

  private CampaignProcess() {}

  /** Ids of the model's elements (sequence flows are named {@code Flow_<source>To<target>}). */
  public static final class Elements {

    public static final String START_CAMPAIGN_LAUNCHED = "StartEvent_CampaignLaunched";
    /** Everything until the conclusion; interrupted by {@link #CATCH_CONCLUDED_EARLY}. */
    public static final String SUBPROCESS_CAMPAIGN = "SubProcess_Campaign";
    public static final String START_CAMPAIGN = "StartEvent_Campaign";
    /** The phase boundaries; re-entered by {@link #CATCH_PHASE_AMENDED}. */
    public static final String SUBPROCESS_SCHEDULE = "SubProcess_Schedule";
    public static final String START_SCHEDULE = "StartEvent_Schedule";
    public static final String TIMER_MOBILISATION_STARTS = "Timer_MobilisationStarts";
    public static final String TIMER_PUSH_STARTS = "Timer_PushStarts";
    public static final String TIMER_SUMMARY_STARTS = "Timer_SummaryStarts";
    public static final String END_SUMMARY_REACHED = "EndEvent_SummaryReached";
    public static final String CATCH_PHASE_AMENDED = "Catch_PhaseAmended";
    public static final String GATEWAY_SUMMARY_WORK = "Gateway_SummaryWork";
    /** One per town of the campaign (multi-instance over {@link Variables#TOWN_CODES}). */
    public static final String SUBPROCESS_TOWN_REPORT = "SubProcess_TownReport";
    public static final String START_TOWN_REPORT = "StartEvent_TownReport";
    /** The town office submits its work report; completed through the task API. */
    public static final String TASK_SUBMIT_TOWN_WORK_REPORT = "Task_SubmitTownWorkReport";
    public static final String TIMER_TOWN_REPORT_OVERDUE = "Timer_TownReportOverdue";
    public static final String TASK_NOTIFY_TOWN_REPORT_OVERDUE = "Task_NotifyTownReportOverdue";
    public static final String END_TOWN_REPORT_ESCALATED = "EndEvent_TownReportEscalated";
    public static final String END_TOWN_REPORT_SUBMITTED = "EndEvent_TownReportSubmitted";
    /** One per known enterprise of the campaign's towns (multi-instance over {@link Variables#ENTERPRISE_IDS}). */
    public static final String SUBPROCESS_ENTERPRISE_REPORT = "SubProcess_EnterpriseReport";
    public static final String START_ENTERPRISE_REPORT = "StartEvent_EnterpriseReport";
    /** The enterprise submits its work report; completed through the task API. */
    public static final String TASK_SUBMIT_ENTERPRISE_WORK_REPORT = "Task_SubmitEnterpriseWorkReport";
    public static final String TIMER_ENTERPRISE_REPORT_OVERDUE = "Timer_EnterpriseReportOverdue";
    public static final String TASK_NOTIFY_ENTERPRISE_REPORT_OVERDUE = "Task_NotifyEnterpriseReportOverdue";
    public static final String END_ENTERPRISE_REPORT_ESCALATED = "EndEvent_EnterpriseReportEscalated";
    public static final String END_ENTERPRISE_REPORT_SUBMITTED = "EndEvent_EnterpriseReportSubmitted";
    /** One look-back per town of the campaign: calls {@value RevisitProcess#KEY}. */
    public static final String CALL_TOWN_REVISIT = "CallActivity_TownRevisit";
    public static final String GATEWAY_SUMMARY_WORK_DONE = "Gateway_SummaryWorkDone";
    public static final String END_SUMMARY_WORK_DONE = "EndEvent_SummaryWorkDone";
    public static final String CATCH_CONCLUDED_EARLY = "Catch_ConcludedEarly";
    public static final String END_CONCLUDED_EARLY = "EndEvent_ConcludedEarly";
    public static final String CATCH_CONCLUDED = "Catch_Concluded";
    public static final String END_CONCLUDED = "EndEvent_Concluded";

    private Elements() {}
  }

  /** Message names: hazard-service's campaign event types, correlated by business key. */
  public static final class Messages {

    public static final String CAMPAIGN_PHASE_AMENDED = "CampaignPhaseAmended";
    public static final String CAMPAIGN_CONCLUDED = "CampaignConcluded";

    private Messages() {}
  }

  /** Process variables. Dates are {@link java.util.Date}s: a day's start in China Standard Time. */
  public static final class Variables {

    public static final String CAMPAIGN_ID = "campaignId";
    public static final String DISTRICT_CODE = "districtCode";
    /** The campaign's towns (from {@link DelegateBeans#CAMPAIGN_SCOPE}); the element variable is {@link #TOWN_CODE}. */
    public static final String TOWN_CODES = "townCodes";
    public static final String TOWN_CODE = "townCode";
    /** The enterprises known in the campaign's towns; the element variable is {@link #ENTERPRISE_ID}. */
    public static final String ENTERPRISE_IDS = "enterpriseIds";
    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String MOBILISATION_STARTS_AT = "mobilisationStartsAt";
    public static final String PUSH_STARTS_AT = "pushStartsAt";
    public static final String SUMMARY_STARTS_AT = "summaryStartsAt";
    /** The end of the report date: when the work reports and look-backs are due. */
    public static final String REPORT_DUE_DATE = "reportDueDate";
    /** A work report's reference (document number or file reference), local to its task. */
    public static final String WORK_REPORT_REFERENCE = "workReportReference";
    /** What the reporter added to its work report, local to its task. */
    public static final String WORK_REPORT_NOTE = "workReportNote";

    private Variables() {}
  }
}
