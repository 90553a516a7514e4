package io.shouwei.bpmn;

/**
 * Names of process {@value #KEY} ({@value #RESOURCE}): one instance per order to stop production
 * (责令停产整改), business key = order id, started by its {@code OrderIssued}.
 *
 * <p>The enterprise acknowledges within the acknowledgement period; when it does not, the town
 * office is told and workflow-service asks hazard-service to enforce the stop (a job with retries;
 * exhausted retries are an incident). Once the stop took effect, the process waits until every
 * cited hazard is signed off, then for the enterprise's application to resume; the town office
 * reviews on site within the review period, the district bureau approves, and the order is lifted.
 * The town office then looks back at the resumed mine ({@value RevisitProcess#KEY}, due within
 * {@link Variables#MINE_REVISIT_WITHIN}); a failed look-back goes to the district bureau.
 * A failed review or a refusal blocks a new application until {@link Variables#RESUMPTION_BLOCKED_UNTIL}:
 * an application made meanwhile is held (the enterprise is told) and reviewed only when the block
 * ends. Code uses these names, never literals; {@code OrderToStopModelTest} checks them.
 */
public final class OrderToStopProcess {

  /** The process definition key. */
  public static final String KEY = "order-to-stop";

  /** Where the model lies on the classpath. */
  public static final String RESOURCE = "bpmn/order-to-stop.bpmn";

  /** Ten years, as {@link HazardRectificationProcess#HISTORY_TIME_TO_LIVE}. */
  public static final String HISTORY_TIME_TO_LIVE = "P3650D";

  private OrderToStopProcess() {}

  /** Ids of the model's elements (sequence flows are named {@code Flow_<source>To<target>}). */
  public static final class Elements {

    public static final String START_ORDER_ISSUED = "StartEvent_OrderIssued";
    /** The enterprise acknowledges (through hazard-service); ends when the stop took effect. */
    public static final String TASK_ACKNOWLEDGE_ORDER = "Task_AcknowledgeOrder";
    public static final String TIMER_ACKNOWLEDGEMENT_DUE = "Timer_AcknowledgementDue";
    public static final String TASK_NOTIFY_ACKNOWLEDGEMENT_OVERDUE = "Task_NotifyAcknowledgementOverdue";
    /** Calls hazard-service's stop enforcement as the service; asynchronous, retried. */
    public static final String TASK_ENFORCE_STOP = "Task_EnforceStop";
    public static final String END_STOP_ENFORCED = "EndEvent_StopEnforced";
    public static final String CATCH_STOP_TOOK_EFFECT = "Catch_StopTookEffect";
    public static final String TASK_CHECK_CITED_HAZARDS = "Task_CheckCitedHazards";
    public static final String GATEWAY_CITED_HAZARDS_SIGNED_OFF = "Gateway_CitedHazardsSignedOff";
    public static final String TASK_AWAIT_CITED_HAZARD_SIGNED_OFF = "Task_AwaitCitedHazardSignedOff";
    /** Looks again after {@link Variables#CITED_HAZARDS_RECHECK}, should a sign-off have slipped past. */
    public static final String TIMER_RECHECK_CITED_HAZARDS = "Timer_RecheckCitedHazards";
    /** The enterprise applies to resume (through hazard-service). */
    public static final String TASK_APPLY_FOR_RESUMPTION = "Task_ApplyForResumption";
    public static final String CATCH_RESUMPTION_APPLIED = "Catch_ResumptionApplied";
    /** The town office reviews on site (through hazard-service). */
    public static final String TASK_REVIEW_RESUMPTION = "Task_ReviewResumption";
    public static final String TIMER_REVIEW_DUE = "Timer_ReviewDue";
    public static final String TASK_NOTIFY_REVIEW_OVERDUE = "Task_NotifyReviewOverdue";
    public static final String END_REVIEW_ESCALATED = "EndEvent_ReviewEscalated";
    public static final String CATCH_RESUMPTION_REVIEWED = "Catch_ResumptionReviewed";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    /** The district bureau approves or refuses (through hazard-service). */
    public static final String TASK_APPROVE_RESUMPTION = "Task_ApproveResumption";
    public static final String CATCH_ORDER_LIFTED = "Catch_OrderLifted";
    /**
     * Calls {@value RevisitProcess#KEY} for the whole mine once the order is lifted: the town office
     * looks back at the resumed mine (回头看) by {@link Variables#MINE_REVISIT_DUE_DATE}.
     */
    public static final String CALL_MINE_REVISIT = "CallActivity_MineRevisit";
    public static final String GATEWAY_MINE_REVISIT_OUTCOME = "Gateway_MineRevisitOutcome";
    public static final String END_MINE_REVISITED = "EndEvent_MineRevisited";
    /** A failed look-back goes to the district bureau, which decides on a new order. */
    public static final String TASK_NOTIFY_MINE_REVISIT_FAILED = "Task_NotifyMineRevisitFailed";
    public static final String END_MINE_REVISIT_FAILED = "EndEvent_MineRevisitFailed";
    public static final String CATCH_RESUMPTION_REJECTED = "Catch_ResumptionRejected";
    public static final String SUBPROCESS_RESUMPTION_BLOCKED = "SubProcess_ResumptionBlocked";
    public static final String START_RESUMPTION_BLOCKED = "StartEvent_ResumptionBlocked";
    public static final String TASK_NOTIFY_RESUMPTION_REFUSED = "Task_NotifyResumptionRefused";
    public static final String TIMER_RESUMPTION_BLOCK_ENDS = "Timer_ResumptionBlockEnds";
    public static final String END_BLOCK_ENDED = "EndEvent_BlockEnded";
    public static final String CATCH_APPLICATION_WHILE_BLOCKED = "Catch_ApplicationWhileBlocked";
    public static final String TASK_NOTIFY_APPLICATION_HELD = "Task_NotifyApplicationHeld";
    public static final String END_APPLICATION_HELD = "EndEvent_ApplicationHeld";
    public static final String GATEWAY_APPLICATION_HELD = "Gateway_ApplicationHeld";

    private Elements() {}
  }

  /** Message names: hazard-service event types, and one of workflow-service's own. */
  public static final class Messages {

    public static final String STOP_TOOK_EFFECT = "StopTookEffect";
    /** Sent by workflow-service when a hazard this order cites is signed off. */
    public static final String CITED_HAZARD_SIGNED_OFF = "CitedHazardSignedOff";
    public static final String RESUMPTION_APPLIED = "ResumptionApplied";
    public static final String RESUMPTION_REVIEWED = "ResumptionReviewed";
    public static final String RESUMPTION_REJECTED = "ResumptionRejected";
    public static final String ORDER_LIFTED = "OrderLifted";

    private Messages() {}
  }

  /** Process variables. */
  public static final class Variables {

    public static final String ORDER_ID = "orderId";
    public static final String MINE_ID = "mineId";
    public static final String ENTERPRISE_ID = "enterpriseId";
    public static final String TOWN_CODE = "townCode";
    /** {@link java.util.Date}: the order's acknowledgement deadline. */
    public static final String ACKNOWLEDGEMENT_DEADLINE = "acknowledgementDeadline";
    /** Retry cycle of the enforcement job, e.g. {@code R5/PT1M}. */
    public static final String ENFORCE_STOP_RETRIES = "enforceStopRetries";
    /** Set by {@link DelegateBeans#CITED_HAZARDS}. */
    public static final String ALL_CITED_HAZARDS_SIGNED_OFF = "allCitedHazardsSignedOff";
    /** ISO-8601 duration of {@link Elements#TIMER_RECHECK_CITED_HAZARDS}. */
    public static final String CITED_HAZARDS_RECHECK = "citedHazardsRecheck";
    /** ISO-8601 duration the town office has for its review (default 10 days). */
    public static final String REVIEW_PERIOD = "reviewPeriod";
    /** {@link java.util.Date}: set when the review task starts, now plus {@link #REVIEW_PERIOD}. */
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    /** {@code PASS} or {@code FAIL}, from the last {@code ResumptionReviewed}. */
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** Findings of the last review, or the reason of the last refusal. */
    public static final String FINDINGS = "findings";
    /** {@link java.util.Date}: until when a new application is not reviewed. */
    public static final String RESUMPTION_BLOCKED_UNTIL = "resumptionBlockedUntil";
    /** Whether an application arrived while blocked; {@code false} at start. */
    public static final String APPLICATION_HELD = "applicationHeld";
    /** ISO-8601 duration the town office has for the look-back of the resumed mine (default 30 days). */
    public static final String MINE_REVISIT_WITHIN = "mineRevisitWithin";
    /** {@link java.util.Date}: set when the look-back starts, now plus {@link #MINE_REVISIT_WITHIN}. */
    public static final String MINE_REVISIT_DUE_DATE = "mineRevisitDueDate";
    /** {@code PASS} or {@code FAIL}: handed back by {@value RevisitProcess#KEY}. */
    public static final String REVISIT_OUTCOME = RevisitProcess.Variables.OUTCOME;
    /** What the look-back found: handed back by {@value RevisitProcess#KEY}. */
    public static final String REVISIT_FINDINGS = RevisitProcess.Variables.FINDINGS;

    private Variables() {}
  }
}
