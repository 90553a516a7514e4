package io.shouwei.reporting;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.campaign.CampaignJurisdiction;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.contracts.order.OrderAcknowledged;
import io.shouwei.contracts.order.OrderFulfilled;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderLifted;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ResumptionApplied;
import io.shouwei.contracts.order.ResumptionRejected;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.contracts.order.StopTookEffect;
import io.shouwei.contracts.tip.TipConverted;
import io.shouwei.contracts.tip.TipDismissed;
import io.shouwei.contracts.tip.TipReceived;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Published order, campaign and tip events as the hazard-service writes them to Kafka. */
public final class SupervisionEvents {

  public static final Instant ISSUED = Instant.parse("2026-03-05T02:00:00Z");
  public static final Instant ORDER_DEADLINE = Instant.parse("2026-04-05T09:00:00Z");
  public static final LocalDate MOBILISATION_START = LocalDate.parse("2026-03-01");
  public static final LocalDate MOBILISATION_END = LocalDate.parse("2026-03-10");
  public static final LocalDate PUSH_START = LocalDate.parse("2026-03-11");
  public static final LocalDate PUSH_END = LocalDate.parse("2026-05-31");
  public static final LocalDate SUMMARY_START = LocalDate.parse("2026-06-01");
  public static final LocalDate SUMMARY_END = LocalDate.parse("2026-06-30");
  public static final LocalDate REPORT_DUE = LocalDate.parse("2026-07-10");

  private SupervisionEvents() {}

  /** The event of an order at {@code sequence} whose type is the payload's. */
  public static <P> EventEnvelope<P> orderEvent(String orderId, long sequence, P payload) {
    return HazardEvents.envelope(AggregateTypes.ORDER, orderId, sequence, EventTypes.of(payload.getClass()).name(), payload);
  }

  /** The event of a campaign at {@code sequence} whose type is the payload's. */
  public static <P> EventEnvelope<P> campaignEvent(String campaignId, long sequence, P payload) {
    return HazardEvents.envelope(
        AggregateTypes.CAMPAIGN, campaignId, sequence, EventTypes.of(payload.getClass()).name(), payload);
  }

  /** The event of a tip at {@code sequence} whose type is the payload's. */
  public static <P> EventEnvelope<P> tipEvent(String tipId, long sequence, P payload) {
    return HazardEvents.envelope(AggregateTypes.TIP, tipId, sequence, EventTypes.of(payload.getClass()).name(), payload);
  }

  public static OrderIssued orderIssued(
      String orderId, String mineId, String enterpriseId, String townCode, OrderType type, String campaignId) {
    return orderIssued(orderId, mineId, enterpriseId, townCode, type, campaignId, ISSUED);
  }

  public static OrderIssued orderIssued(
      String orderId, String mineId, String enterpriseId, String townCode, OrderType type, String campaignId,
      Instant issuedAt) {
    return new OrderIssued(
        orderId, "ZL-" + townCode + "-2026-" + orderId, mineId, enterpriseId, townCode, type, List.of("hz-1", "hz-2"),
        ORDER_DEADLINE, "Safety Production Law art. 65", campaignId,
        type == OrderType.STOP_PRODUCTION ? issuedAt.plusSeconds(86_400) : null, issuedAt);
  }

  public static OrderAcknowledged orderAcknowledged(String orderId) {
    return new OrderAcknowledged(orderId, ISSUED.plusSeconds(3_600));
  }

  public static StopTookEffect stopTookEffect(String orderId, String mineId) {
    return new StopTookEffect(orderId, mineId, StopCause.ACKNOWLEDGED, ISSUED.plusSeconds(3_600));
  }

  public static ResumptionApplied resumptionApplied(String orderId, int application) {
    return new ResumptionApplied(orderId, application, "rect-" + application, "assess-" + application,
        ISSUED.plusSeconds(864_000L * application));
  }

  public static ResumptionReviewed resumptionReviewed(String orderId, ReviewOutcome outcome) {
    return new ResumptionReviewed(
        orderId, outcome, outcome == ReviewOutcome.FAIL ? "guard rail missing" : null, ISSUED.plusSeconds(900_000));
  }

  public static ResumptionRejected resumptionRejected(String orderId) {
    return new ResumptionRejected(orderId, "assessment outdated", ISSUED.plusSeconds(950_000));
  }

  public static OrderLifted orderLifted(String orderId, String mineId) {
    return new OrderLifted(orderId, mineId, "resumption approved", ISSUED.plusSeconds(1_000_000));
  }

  public static OrderFulfilled orderFulfilled(String orderId) {
    return new OrderFulfilled(orderId, "all cited hazards signed off", ISSUED.plusSeconds(1_000_000));
  }

  public static CampaignLaunched campaignLaunched(String campaignId, List<String> towns) {
    return new CampaignLaunched(
        campaignId, "2026 spring non-coal mine hazard campaign",
        new CampaignJurisdiction("310115", "Pudong", towns),
        List.of(
            new Phase(PhaseKind.MOBILISATION, "动员部署", MOBILISATION_START, MOBILISATION_END),
            new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进", PUSH_START, PUSH_END),
            new Phase(PhaseKind.SUMMARY, "总结巩固", SUMMARY_START, SUMMARY_END)),
        REPORT_DUE, "Mine Safety Law", "doc-2026-3", "District emergency bureau");
  }

  public static CampaignPhaseAmended phaseAmended(String campaignId, PhaseKind kind, LocalDate start, LocalDate end) {
    return new CampaignPhaseAmended(campaignId, kind, start, end);
  }

  public static CampaignReportDueDateAmended reportDueDateAmended(String campaignId, LocalDate due) {
    return new CampaignReportDueDateAmended(campaignId, due);
  }

  public static CampaignConcluded campaignConcluded(String campaignId) {
    return new CampaignConcluded(campaignId, LocalDate.parse("2026-07-01"), "all towns reported");
  }

  public static TipReceived tipReceived(String tipId, String townCode, Instant receivedAt) {
    return new TipReceived(tipId, "night blasting without a permit", "behind the north pit", townCode, null, receivedAt);
  }

  public static TipConverted tipConverted(String tipId, String hazardId) {
    return new TipConverted(tipId, hazardId, ISSUED.plusSeconds(7_200));
  }

  public static TipDismissed tipDismissed(String tipId) {
    return new TipDismissed(tipId, "nothing found on site", ISSUED.plusSeconds(7_200));
  }
}
