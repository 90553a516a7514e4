package io.shouwei.bpmn;

/**
 * Names of decision {@value #KEY} ({@value #RESOURCE}): who is told of a rectification past its
 * deadline, by whole days overdue and hazard level, and whether the town office gets a task to
 * decide on an order to stop production. Hit policy UNIQUE; evaluated by the business rule task
 * {@link HazardRectificationProcess.Elements#TASK_APPLY_ESCALATION_POLICY}.
 */
public final class EscalationPolicy {

  /** The decision key. */
  public static final String KEY = "escalation-policy";

  /** Where the model lies on the classpath. */
  public static final String RESOURCE = "dmn/escalation-policy.dmn";

  /** History of an evaluation is a troubleshooting trail; the notifications it caused are kept by workflow-service. */
  public static final String HISTORY_TIME_TO_LIVE = "P180D";

  private EscalationPolicy() {}

  /** Input variables. */
  public static final class Inputs {

    /** {@code MAJOR} or {@code GENERAL}. */
    public static final String LEVEL = "level";
    /** Whole days past the deadline, from 0. */
    public static final String DAYS_OVERDUE = "daysOverdue";

    private Inputs() {}
  }

  /** Outputs of the one matching row. */
  public static final class Outputs {

    /** The role told: {@code ENTERPRISE}, {@code TOWN_AGENCY} or {@code DISTRICT_AGENCY}. */
    public static final String NOTIFY = "notify";
    /** Whether the town office is to decide on an order to stop production. */
    public static final String RAISE_STOP_DECISION = "raiseStopDecision";

    private Outputs() {}
  }
}
