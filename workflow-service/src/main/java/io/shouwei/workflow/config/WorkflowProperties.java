package io.shouwei.workflow.config;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines, reminder offsets and retry settings the processes run with ({@code shouwei.workflow.*}).
 * Every period of the models is here or in the DMN, none is a literal in code.
 *
 * @param hazardRectification settings of process {@code hazard-rectification}
 * @param orderToStop settings of process {@code order-to-stop}
 * @param campaign settings of process {@code campaign}
 * @param correlation how long events that arrive before their process waits are held
 */
@ConfigurationProperties("shouwei.workflow")
public record WorkflowProperties(
    @DefaultValue HazardRectification hazardRectification,
    @DefaultValue OrderToStop orderToStop,
    @DefaultValue Campaign campaign,
    @DefaultValue Correlation correlation) {

  /**
   * @param planDueMajor how long an enterprise has for the plan of a major hazard (by the suggested
   *     level until the hazard is classified)
   * @param planDueGeneral how long it has for the plan of a general hazard, or of one without a level
   * @param planReminderBefore how long before the plan's due date the enterprise is reminded
   * @param deadlineReminderBefore how long before the rectification deadline the enterprise is reminded
   * @param overdueEscalationEvery how often the escalation policy is applied once the deadline passed
   * @param extensionDecisionWithin how long the town office has to decide on an extension request
   * @param verificationWithin how long an agency has to verify a major hazard's rectification
   * @param lookBackAfter how long after sign-off the look-back review falls due
   * @param lookBackWithin how long the town office has for the look-back review once it fell due
   * @param overdueDay how long one day overdue lasts for the escalation policy (whose rows count
   *     days): 24 hours; shorter only to rehearse the whole escalation chain in minutes
   */
  public record HazardRectification(
      @DefaultValue("P3D") Duration planDueMajor,
      @DefaultValue("P7D") Duration planDueGeneral,
      @DefaultValue("P1D") Duration planReminderBefore,
      @DefaultValue("P3D") Duration deadlineReminderBefore,
      @DefaultValue("P1D") Duration overdueEscalationEvery,
      @DefaultValue("P5D") Duration extensionDecisionWithin,
      @DefaultValue("P5D") Duration verificationWithin,
      @DefaultValue("P30D") Duration lookBackAfter,
      @DefaultValue("P10D") Duration lookBackWithin,
      @DefaultValue("P1D") Duration overdueDay) {

    public HazardRectification {
      positive("plan-due-major", planDueMajor);
      positive("plan-due-general", planDueGeneral);
      positive("plan-reminder-before", planReminderBefore);
      positive("deadline-reminder-before", deadlineReminderBefore);
      positive("overdue-escalation-every", overdueEscalationEvery);
      positive("extension-decision-within", extensionDecisionWithin);
      positive("verification-within", verificationWithin);
      positive("look-back-after", lookBackAfter);
      positive("look-back-within", lookBackWithin);
      positive("overdue-day", overdueDay);
    }
  }

  /**
   * @param enforceStopRetries retry cycle of the call that enforces an unacknowledged stop (ISO-8601
   *     repeating interval: {@code R5/PT10M} is five retries ten minutes apart); then an incident
   * @param citedHazardsRecheck how often a waiting order looks at its cited hazards again
   * @param reviewWithin how long the town office has for its on-site review of an application
   * @param resumptionBlockedFor how long after a failed review or a refusal a new application waits
   * @param mineRevisitWithin how long the town office has to look back at the mine once the order is lifted
   */
  public record OrderToStop(
      @DefaultValue("R5/PT10M") String enforceStopRetries,
      @DefaultValue("PT1H") Duration citedHazardsRecheck,
      @DefaultValue("P10D") Duration reviewWithin,
      @DefaultValue("P2M") Period resumptionBlockedFor,
      @DefaultValue("P30D") Duration mineRevisitWithin) {

    public OrderToStop {
      if (enforceStopRetries == null || !enforceStopRetries.matches("R\\d+/P.+")) {
        throw new IllegalArgumentException(
            "shouwei.workflow.order-to-stop.enforce-stop-retries must be like R5/PT10M, was " + enforceStopRetries);
      }
      positive("cited-hazards-recheck", citedHazardsRecheck);
      positive("review-within", reviewWithin);
      positive("mine-revisit-within", mineRevisitWithin);
      if (resumptionBlockedFor == null || resumptionBlockedFor.isNegative() || resumptionBlockedFor.isZero()) {
        throw new IllegalArgumentException(
            "shouwei.workflow.order-to-stop.resumption-blocked-for must be a positive period, was " + resumptionBlockedFor);
      }
    }
  }

  /**
   * @param zone the district's calendar: a campaign's dates are days there (a phase starts at the
   *     start of its first day, reports are due at the end of the report date)
   */
  public record Campaign(@DefaultValue("Asia/Shanghai") ZoneId zone) {}

  /**
   * @param pendingRetryEvery how often held events are tried again
   * @param pendingExpireAfter how long a held event is kept before it is given up (logged and counted)
   */
  public record Correlation(
      @DefaultValue("PT15S") Duration pendingRetryEvery, @DefaultValue("P7D") Duration pendingExpireAfter) {

    public Correlation {
      positive("correlation.pending-retry-every", pendingRetryEvery);
      positive("correlation.pending-expire-after", pendingExpireAfter);
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("shouwei.workflow." + name + " must be a positive duration, was " + value);
    }
  }
}
