package io.shouwei.bpmn;

/**
 * Names of the beans the models call ({@code camunda:delegateExpression} and listener
 * expressions). workflow-service provides each; its wiring test fails when one is missing.
 */
public final class DelegateBeans {

  /** Records a notification (inputs: {@link Notifications.Inputs}). */
  public static final String NOTIFY = "notify";
  /** Sets local variable {@code daysOverdue}: whole days from variable {@code deadline} to the engine's now. */
  public static final String COUNT_DAYS_OVERDUE = "countDaysOverdue";
  /** Asks hazard-service to enforce the stop of the order (business key). */
  public static final String ENFORCE_STOP = "enforceStop";
  /** Sets {@code allCitedHazardsSignedOff} for the order (business key). */
  public static final String CITED_HAZARDS = "citedHazards";
  /** {@code set(execution, variable, isoDuration)}: the engine's now plus the duration, as a date variable. */
  public static final String DUE_DATES = "dueDates";
  /**
   * {@code towns(execution)} and {@code enterprises(execution)}: the towns of the campaign (business
   * key) and the enterprises workflow-service knows to operate a mine in them, as lists.
   */
  public static final String CAMPAIGN_SCOPE = "campaignScope";

  private DelegateBeans() {}
}
