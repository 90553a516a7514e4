package io.shouwei.bpmn;

/**
 * What the notification tasks of every model hand to delegate {@value DelegateBeans#NOTIFY}: input
 * parameters of the service task, and the reasons they name.
 */
public final class Notifications {

  private Notifications() {}

  /** Input parameters of a notification task. */
  public static final class Inputs {

    /** The role told: one of {@link CandidateGroups}; its scope follows from the process variables. */
    public static final String RECIPIENT_ROLE = "recipientRole";
    /** One of {@link Reasons}. */
    public static final String REASON = "reason";
    /** The due date the notification is about ({@link java.util.Date}). */
    public static final String DUE_DATE = "dueDate";

    private Inputs() {}
  }

  /** Why someone is told. */
  public static final class Reasons {

    public static final String PLAN_DUE_SOON = "PLAN_DUE_SOON";
    public static final String PLAN_OVERDUE = "PLAN_OVERDUE";
    public static final String DEADLINE_SOON = "DEADLINE_SOON";
    public static final String DEADLINE_OVERDUE = "DEADLINE_OVERDUE";
    public static final String EXTENSION_DECISION_OVERDUE = "EXTENSION_DECISION_OVERDUE";
    public static final String VERIFICATION_OVERDUE = "VERIFICATION_OVERDUE";
    public static final String ACKNOWLEDGEMENT_OVERDUE = "ACKNOWLEDGEMENT_OVERDUE";
    public static final String RESUMPTION_REVIEW_OVERDUE = "RESUMPTION_REVIEW_OVERDUE";
    public static final String RESUMPTION_REFUSED = "RESUMPTION_REFUSED";
    public static final String RESUMPTION_APPLICATION_HELD = "RESUMPTION_APPLICATION_HELD";
    public static final String REVISIT_OVERDUE = "REVISIT_OVERDUE";
    /** The look-back of a resumed mine found it out of order. */
    public static final String MINE_REVISIT_FAILED = "MINE_REVISIT_FAILED";
    public static final String WORK_REPORT_OVERDUE = "WORK_REPORT_OVERDUE";

    private Reasons() {}
  }
}
