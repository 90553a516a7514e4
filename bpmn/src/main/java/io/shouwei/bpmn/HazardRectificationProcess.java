package io.shouwei.bpmn;

/**
 * Names of process {@value #KEY} ({@value #RESOURCE}): one instance per hazard, business key =
 * hazard id. Code that starts, queries or tests the process uses these names, never literals;
 * {@code HazardRectificationModelTest} fails when one of them is missing from the model.
 */
public final class HazardRectificationProcess {

  /** The process definition key. */
  public static final String KEY = "hazard-rectification";

  /** Where the model lies on the classpath. */
  public static final String RESOURCE = "bpmn/hazard-rectification.bpmn";

  /**
   * How long the engine keeps a finished instance's history before history cleanup may remove it:
   * ten years. The hazard's record of truth is the event store of hazard-service, kept forever;
   * the engine's history is the readable trail of who had which task and when timers fired. Agencies
   * and auditors look back across several campaigns (look-back reviews reopen signed-off hazards),
   * and one instance per hazard is a small volume, so a long period costs little. Removal times of
   * finished instances can still be changed later by a batch.
   */
  public static final String HISTORY_TIME_TO_LIVE = "P3650D";

  private HazardRectificationProcess() {}

  /** Ids of the model's elements. */
  public static final class Elements {

    public static final String START_HAZARD_REPORTED = "StartEvent_HazardReported";
    /** The enterprise assigns the five items (五落实) and submits its rectification plan. */
    public static final String TASK_SUBMIT_RECTIFICATION_PLAN = "Task_SubmitRectificationPlan";
    /** Non-interrupting timer on the plan task, after {@link Variables#PLAN_DUE}. */
    public static final String TIMER_PLAN_DUE = "Timer_PlanDue";
    /** The town office chases the enterprise's overdue plan. */
    public static final String TASK_CHASE_PLAN = "Task_ChasePlan";
    public static final String END_PLAN_CHASED = "EndEvent_PlanChased";
    /** Terminates the instance: once the plan is in, an open chase task has nothing left to do. */
    public static final String END_PLAN_SUBMITTED = "EndEvent_PlanSubmitted";

    public static final String FLOW_TO_PLAN = "Flow_HazardReportedToPlan";
    public static final String FLOW_PLAN_SUBMITTED = "Flow_PlanSubmitted";
    public static final String FLOW_PLAN_OVERDUE = "Flow_PlanOverdue";
    public static final String FLOW_PLAN_CHASED = "Flow_PlanChased";

    private Elements() {}
  }

  /** Process variables; all are set when the instance starts. */
  public static final class Variables {

    public static final String HAZARD_ID = "hazardId";
    public static final String MINE_ID = "mineId";
    /** Whose instance it is: an {@code ENTERPRISE} caller sees only its own. */
    public static final String ENTERPRISE_ID = "enterpriseId";
    /** The mine's town: a {@code TOWN_AGENCY} caller sees only its towns'. */
    public static final String TOWN_CODE = "townCode";
    /** ISO-8601 duration (e.g. {@code P7D}) after which {@link Elements#TIMER_PLAN_DUE} fires. */
    public static final String PLAN_DUE = "planDue";
    /** The plan task's due date ({@link java.util.Date}): the start plus {@link #PLAN_DUE}. */
    public static final String PLAN_DUE_DATE = "planDueDate";

    private Variables() {}
  }

  /** Candidate groups of the user tasks: names of roles ({@code io.shouwei.contracts.Role}). */
  public static final class CandidateGroups {

    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String TOWN_AGENCY = "TOWN_AGENCY";

    private CandidateGroups() {}
  }
}
