package io.shouwei.contracts;

import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineFactsUpdated;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.mine.MineResumed;
import io.shouwei.contracts.mine.MineStoppedByOrder;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationStarted;
import io.shouwei.contracts.hazard.RectificationProgressRecorded;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRefused;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.tip.TipConverted;
import io.shouwei.contracts.tip.TipDismissed;
import io.shouwei.contracts.tip.TipReceived;
import io.shouwei.contracts.order.OrderAcknowledged;
import io.shouwei.contracts.order.OrderFulfilled;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderLifted;
import io.shouwei.contracts.order.ResumptionApplied;
import io.shouwei.contracts.order.ResumptionRejected;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.StopTookEffect;
import java.util.Map;
import java.util.Optional;

/**
 * The published event types: the value of {@link EventEnvelope#type()}, its payload record and its
 * current schema version. Producers may publish a type before consumers know it: a consumer skips
 * an unknown type (and counts it) rather than failing.
 */
public final class EventTypes {

  public static final String HAZARD_REPORTED = "HazardReported";
  public static final String MINE_REGISTERED = "MineRegistered";
  public static final String MINE_FACTS_UPDATED = "MineFactsUpdated";
  public static final String MINE_CLOSED = "MineClosed";
  public static final String MINE_STOPPED_BY_ORDER = "MineStoppedByOrder";
  public static final String MINE_RESUMED = "MineResumed";
  public static final String HAZARD_CLASSIFIED = "HazardClassified";
  public static final String RECTIFICATION_PLANNED = "RectificationPlanned";
  public static final String RECTIFICATION_STARTED = "RectificationStarted";
  public static final String RECTIFICATION_PROGRESS_RECORDED = "RectificationProgressRecorded";
  public static final String RECTIFICATION_COMPLETED = "RectificationCompleted";
  public static final String HAZARD_SIGNED_OFF = "HazardSignedOff";
  public static final String RECTIFICATION_REJECTED = "RectificationRejected";
  public static final String DEADLINE_EXTENSION_REQUESTED = "DeadlineExtensionRequested";
  public static final String DEADLINE_EXTENSION_APPROVED = "DeadlineExtensionApproved";
  public static final String DEADLINE_EXTENSION_REFUSED = "DeadlineExtensionRefused";
  public static final String HAZARD_REOPENED = "HazardReopened";
  public static final String CAMPAIGN_LAUNCHED = "CampaignLaunched";
  public static final String CAMPAIGN_PHASE_AMENDED = "CampaignPhaseAmended";
  public static final String CAMPAIGN_REPORT_DUE_DATE_AMENDED = "CampaignReportDueDateAmended";
  public static final String CAMPAIGN_CONCLUDED = "CampaignConcluded";
  public static final String TIP_RECEIVED = "TipReceived";
  public static final String TIP_CONVERTED = "TipConverted";
  public static final String TIP_DISMISSED = "TipDismissed";
  public static final String ORDER_ISSUED = "OrderIssued";
  public static final String ORDER_ACKNOWLEDGED = "OrderAcknowledged";
  public static final String STOP_TOOK_EFFECT = "StopTookEffect";
  public static final String RESUMPTION_APPLIED = "ResumptionApplied";
  public static final String RESUMPTION_REVIEWED = "ResumptionReviewed";
  public static final String RESUMPTION_REJECTED = "ResumptionRejected";
  public static final String ORDER_LIFTED = "OrderLifted";
  public static final String ORDER_FULFILLED = "OrderFulfilled";

  /** A published type: its name, aggregate, payload record and schema version. */
  public record Type(String name, String aggregateType, Class<?> payloadClass, int schemaVersion) {}

  /** One line per published type; add a line for a new type (and a schema and a snapshot test). */
  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          type(MINE_REGISTERED, AggregateTypes.MINE, MineRegistered.class, 1),
          type(MINE_FACTS_UPDATED, AggregateTypes.MINE, MineFactsUpdated.class, 1),
          type(MINE_CLOSED, AggregateTypes.MINE, MineClosed.class, 1),
          type(MINE_STOPPED_BY_ORDER, AggregateTypes.MINE, MineStoppedByOrder.class, 1),
          type(MINE_RESUMED, AggregateTypes.MINE, MineResumed.class, 1),
          type(HAZARD_REPORTED, AggregateTypes.HAZARD, HazardReported.class, 2),
          type(HAZARD_CLASSIFIED, AggregateTypes.HAZARD, HazardClassified.class, 1),
          type(RECTIFICATION_PLANNED, AggregateTypes.HAZARD, RectificationPlanned.class, 1),
          type(RECTIFICATION_STARTED, AggregateTypes.HAZARD, RectificationStarted.class, 1),
          type(RECTIFICATION_PROGRESS_RECORDED, AggregateTypes.HAZARD, RectificationProgressRecorded.class, 1),
          type(RECTIFICATION_COMPLETED, AggregateTypes.HAZARD, RectificationCompleted.class, 1),
          type(HAZARD_SIGNED_OFF, AggregateTypes.HAZARD, HazardSignedOff.class, 1),
          type(RECTIFICATION_REJECTED, AggregateTypes.HAZARD, RectificationRejected.class, 1),
          type(DEADLINE_EXTENSION_REQUESTED, AggregateTypes.HAZARD, DeadlineExtensionRequested.class, 1),
          type(DEADLINE_EXTENSION_APPROVED, AggregateTypes.HAZARD, DeadlineExtensionApproved.class, 1),
          type(DEADLINE_EXTENSION_REFUSED, AggregateTypes.HAZARD, DeadlineExtensionRefused.class, 1),
          type(HAZARD_REOPENED, AggregateTypes.HAZARD, HazardReopened.class, 1),
          type(CAMPAIGN_LAUNCHED, AggregateTypes.CAMPAIGN, CampaignLaunched.class, 1),
          type(CAMPAIGN_PHASE_AMENDED, AggregateTypes.CAMPAIGN, CampaignPhaseAmended.class, 1),
          type(CAMPAIGN_REPORT_DUE_DATE_AMENDED, AggregateTypes.CAMPAIGN, CampaignReportDueDateAmended.class, 1),
          type(CAMPAIGN_CONCLUDED, AggregateTypes.CAMPAIGN, CampaignConcluded.class, 1),
          type(TIP_RECEIVED, AggregateTypes.TIP, TipReceived.class, 1),
          type(TIP_CONVERTED, AggregateTypes.TIP, TipConverted.class, 1),
          type(TIP_DISMISSED, AggregateTypes.TIP, TipDismissed.class, 1),
          type(ORDER_ISSUED, AggregateTypes.ORDER, OrderIssued.class, 1),
          type(ORDER_ACKNOWLEDGED, AggregateTypes.ORDER, OrderAcknowledged.class, 1),
          type(STOP_TOOK_EFFECT, AggregateTypes.ORDER, StopTookEffect.class, 1),
          type(RESUMPTION_APPLIED, AggregateTypes.ORDER, ResumptionApplied.class, 1),
          type(RESUMPTION_REVIEWED, AggregateTypes.ORDER, ResumptionReviewed.class, 1),
          type(RESUMPTION_REJECTED, AggregateTypes.ORDER, ResumptionRejected.class, 1),
          type(ORDER_LIFTED, AggregateTypes.ORDER, OrderLifted.class, 1),
          type(ORDER_FULFILLED, AggregateTypes.ORDER, OrderFulfilled.class, 1));

  private EventTypes() {}

  private static Map.Entry<String, Type> type(
      String name, String aggregateType, Class<?> payloadClass, int schemaVersion) {
    return Map.entry(name, new Type(name, aggregateType, payloadClass, schemaVersion));
  }

  public static Optional<Type> find(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  public static Type of(Class<?> payloadClass) {
    return TYPES.values().stream()
        .filter(t -> t.payloadClass().equals(payloadClass))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("not a published payload: " + payloadClass.getName()));
  }

  public static java.util.Collection<Type> all() {
    return TYPES.values();
  }
}
