package io.shouwei.bpmn;

/**
 * Names of process {@value #KEY} ({@value #RESOURCE}): one instance per hazard, business key =
 * hazard id. It decides who must act next on the hazard and by when; the facts come from
 * hazard-service's events, correlated as {@link Messages} (the process never changes the hazard).
 *
 * <p>Phases, each an embedded subprocess: planning (the enterprise's plan, reminded before and
 * chased by the town office after its due date), rectification (the deadline of the plan, a
 * reminder before it, the {@value EscalationPolicy#KEY} chain every period once overdue, extension
 * requests decided by the town office), verification (an agency for a major hazard, with an SLA
 * timer; the enterprise's safety manager for a general one), and the look-back review N days after
 * sign-off (a call of {@value RevisitProcess#KEY}). A rejection goes back to rectification, a reopening back to planning; a new plan or an
 * approved extension re-enters rectification, which moves its timers. Code that starts, queries or
 * tests the process uses these names, never literals; {@code HazardRectificationModelTest} fails
 * when one of them is missing from the model.
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

  /** Ids of the model's elements (sequence flows are named {@code Flow_<source>To<target>}). */
  public static final class Elements {

    public static final String START_HAZARD_REPORTED = "StartEvent_HazardReported";

    public static final String SUBPROCESS_PLANNING = "SubProcess_Planning";
    public static final String START_PLANNING = "StartEvent_Planning";
    /** The enterprise assigns the five items (五落实) and submits its plan; ends by {@link Messages#RECTIFICATION_PLANNED}. */
    public static final String TASK_SUBMIT_RECTIFICATION_PLAN = "Task_SubmitRectificationPlan";
    public static final String TIMER_PLAN_REMINDER = "Timer_PlanReminder";
    public static final String TASK_NOTIFY_PLAN_DUE_SOON = "Task_NotifyPlanDueSoon";
    public static final String END_PLAN_REMINDED = "EndEvent_PlanReminded";
    public static final String TIMER_PLAN_DUE = "Timer_PlanDue";
    public static final String TASK_NOTIFY_PLAN_OVERDUE = "Task_NotifyPlanOverdue";
    /** The town office chases the enterprise's overdue plan (completed through the task API). */
    public static final String TASK_CHASE_PLAN = "Task_ChasePlan";
    public static final String END_PLAN_CHASED = "EndEvent_PlanChased";
    public static final String CATCH_PLAN_SUBMITTED = "Catch_PlanSubmitted";
    /** A new level while planning: the plan's due date is computed again. */
    public static final String CATCH_RECLASSIFIED = "Catch_Reclassified";

    public static final String SUBPROCESS_RECTIFICATION = "SubProcess_Rectification";
    public static final String START_RECTIFICATION = "StartEvent_Rectification";
    /** The enterprise rectifies by the deadline; ends by {@link Messages#RECTIFICATION_COMPLETED}. */
    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TIMER_DEADLINE_REMINDER = "Timer_DeadlineReminder";
    public static final String TASK_NOTIFY_DEADLINE_SOON = "Task_NotifyDeadlineSoon";
    public static final String END_DEADLINE_REMINDED = "EndEvent_DeadlineReminded";
    /** Fires at the deadline and then every escalation period ({@link Variables#OVERDUE_CYCLE}). */
    public static final String TIMER_DEADLINE_OVERDUE = "Timer_DeadlineOverdue";
    public static final String TASK_COUNT_DAYS_OVERDUE = "Task_CountDaysOverdue";
    public static final String TASK_APPLY_ESCALATION_POLICY = "Task_ApplyEscalationPolicy";
    public static final String TASK_NOTIFY_OVERDUE = "Task_NotifyOverdue";
    public static final String GATEWAY_STOP_DECISION_DUE = "Gateway_StopDecisionDue";
    /** The town office decides on an order to stop production; raised once per instance. */
    public static final String TASK_DECIDE_ORDER_TO_STOP = "Task_DecideOrderToStop";
    public static final String END_STOP_DECIDED = "EndEvent_StopDecided";
    public static final String END_OVERDUE_ESCALATED = "EndEvent_OverdueEscalated";
    public static final String CATCH_EXTENSION_REQUESTED = "Catch_ExtensionRequested";
    /** The town office decides on a deadline extension (through hazard-service); ends by approval or refusal. */
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String TIMER_EXTENSION_DECISION_DUE = "Timer_ExtensionDecisionDue";
    public static final String TASK_NOTIFY_EXTENSION_DECISION_OVERDUE = "Task_NotifyExtensionDecisionOverdue";
    public static final String END_EXTENSION_DECISION_ESCALATED = "EndEvent_ExtensionDecisionEscalated";
    public static final String CATCH_EXTENSION_REFUSED = "Catch_ExtensionRefused";
    public static final String END_EXTENSION_REFUSED = "EndEvent_ExtensionRefused";
    public static final String CATCH_EXTENSION_APPROVED = "Catch_ExtensionApproved";
    public static final String CATCH_REPLANNED = "Catch_Replanned";
    public static final String CATCH_RECTIFICATION_COMPLETED = "Catch_RectificationCompleted";

    public static final String SUBPROCESS_VERIFICATION = "SubProcess_Verification";
    public static final String START_VERIFICATION = "StartEvent_Verification";
    public static final String GATEWAY_VERIFIER_BY_LEVEL = "Gateway_VerifierByLevel";
    /** The town office verifies a major hazard and signs it off (through hazard-service). */
    public static final String TASK_VERIFY_MAJOR_HAZARD = "Task_VerifyMajorHazard";
    public static final String TIMER_VERIFICATION_DUE = "Timer_VerificationDue";
    public static final String TASK_NOTIFY_VERIFICATION_OVERDUE = "Task_NotifyVerificationOverdue";
    public static final String END_VERIFICATION_ESCALATED = "EndEvent_VerificationEscalated";
    /** The enterprise's safety manager verifies a general hazard and signs it off. */
    public static final String TASK_VERIFY_GENERAL_HAZARD = "Task_VerifyGeneralHazard";
    public static final String CATCH_RECTIFICATION_REJECTED = "Catch_RectificationRejected";
    public static final String CATCH_SIGNED_OFF = "Catch_SignedOff";

    public static final String SUBPROCESS_LOOK_BACK = "SubProcess_LookBack";
    public static final String START_LOOK_BACK = "StartEvent_LookBack";
    public static final String TIMER_LOOK_BACK_DUE = "Timer_LookBackDue";
    /**
     * Calls {@value RevisitProcess#KEY} for the hazard: the town office looks back at it (回头看) by
     * {@link Variables#LOOK_BACK_DUE_DATE}; a failure is the hazard's reopening in hazard-service.
     */
    public static final String CALL_LOOK_BACK_REVISIT = "CallActivity_LookBackRevisit";
    public static final String END_LOOK_BACK_DONE = "EndEvent_LookBackDone";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String CATCH_REOPENED = "Catch_Reopened";

    private Elements() {}
  }

  /**
   * Message names: the hazard-service event types ({@code io.shouwei.contracts.EventTypes}) the
   * process waits for, correlated by business key.
   */
  public static final class Messages {

    public static final String HAZARD_CLASSIFIED = "HazardClassified";
    public static final String RECTIFICATION_PLANNED = "RectificationPlanned";
    public static final String DEADLINE_EXTENSION_REQUESTED = "DeadlineExtensionRequested";
    public static final String DEADLINE_EXTENSION_APPROVED = "DeadlineExtensionApproved";
    public static final String DEADLINE_EXTENSION_REFUSED = "DeadlineExtensionRefused";
    public static final String RECTIFICATION_COMPLETED = "RectificationCompleted";
    public static final String RECTIFICATION_REJECTED = "RectificationRejected";
    public static final String HAZARD_SIGNED_OFF = "HazardSignedOff";
    public static final String HAZARD_REOPENED = "HazardReopened";

    private Messages() {}
  }

  /** Decisions of {@link Elements#TASK_DECIDE_ORDER_TO_STOP}. */
  public static final class StopDecisions {

    /** The town office issued an order to stop production (through hazard-service). */
    public static final String ORDER_ISSUED = "ORDER_ISSUED";
    /** No order for now; the escalation chain goes on. */
    public static final String NO_ORDER = "NO_ORDER";

    private StopDecisions() {}
  }

  /** Process variables. Dates are {@link java.util.Date}s, set by workflow-service from the events and its configuration. */
  public static final class Variables {

    public static final String HAZARD_ID = "hazardId";
    public static final String MINE_ID = "mineId";
    /** Whose instance it is: an {@code ENTERPRISE} caller sees only its own. */
    public static final String ENTERPRISE_ID = "enterpriseId";
    /** The mine's town: a {@code TOWN_AGENCY} caller sees only its towns'. */
    public static final String TOWN_CODE = "townCode";
    /** {@code MAJOR} or {@code GENERAL}: the suggested level until the hazard is classified. */
    public static final String LEVEL = "level";
    /** When planning began (the report, or the last reopening): the plan's due date counts from it. */
    public static final String PLANNING_SINCE = "planningSince";
    /** When the plan is due; the plan task's due date and {@link Elements#TIMER_PLAN_DUE}. */
    public static final String PLAN_DUE_DATE = "planDueDate";
    /** When {@link Elements#TIMER_PLAN_REMINDER} fires. */
    public static final String PLAN_REMINDER_DATE = "planReminderDate";
    /** The rectification deadline of the plan (or of the approved extension). */
    public static final String DEADLINE = "deadline";
    /** When {@link Elements#TIMER_DEADLINE_REMINDER} fires. */
    public static final String DEADLINE_REMINDER_DATE = "deadlineReminderDate";
    /** ISO-8601 repeating interval from the deadline, e.g. {@code R/2025-06-10T00:00:00Z/P1D}. */
    public static final String OVERDUE_CYCLE = "overdueCycle";
    /** Local to one overdue check: whole days past {@link #DEADLINE}. */
    public static final String DAYS_OVERDUE = "daysOverdue";
    /** Output of the escalation policy: the role told. */
    public static final String NOTIFY_ROLE = "notifyRole";
    /** Output of the escalation policy. */
    public static final String RAISE_STOP_DECISION = "raiseStopDecision";
    /** Whether {@link Elements#TASK_DECIDE_ORDER_TO_STOP} was raised already; {@code false} at start. */
    public static final String STOP_DECISION_RAISED = "stopDecisionRaised";
    /** When the town office's decision on an extension request is due. */
    public static final String EXTENSION_DECISION_DUE_DATE = "extensionDecisionDueDate";
    /** When the agency's verification of a major hazard is due. */
    public static final String VERIFICATION_DUE_DATE = "verificationDueDate";
    /** When the look-back review falls due. */
    public static final String LOOK_BACK_DATE = "lookBackDate";
    /** When the look-back review must be done: the revisit's due date. */
    public static final String LOOK_BACK_DUE_DATE = "lookBackDueDate";
    /** {@code PASS}, handed back by the revisit; set once the look-back passed. */
    public static final String REVISIT_OUTCOME = RevisitProcess.Variables.OUTCOME;
    /**
     * The town office's decision on an order to stop production ({@link Elements#TASK_DECIDE_ORDER_TO_STOP}):
     * one of {@link StopDecisions}.
     */
    public static final String STOP_DECISION = "stopDecision";
    /** The order the town office issued (in hazard-service) with its decision, if any. */
    public static final String STOP_DECISION_ORDER_ID = "stopDecisionOrderId";
    /** Why the town office decided as it did. */
    public static final String STOP_DECISION_NOTE = "stopDecisionNote";
    /** What the town office recorded on chasing an overdue plan. */
    public static final String CHASE_NOTE = "chaseNote";
    /** The reason of the last rejection of the rectification. */
    public static final String REJECTION_REASON = "rejectionReason";
    /** The reason of the last reopening. */
    public static final String REOPEN_REASON = "reopenReason";

    private Variables() {}
  }
}
