package io.shouwei.reporting.projection;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRefused;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationProgressRecorded;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.contracts.hazard.RectificationStarted;
import io.shouwei.reporting.projection.HazardDocument.PendingExtension;
import io.shouwei.reporting.projection.HazardDocument.Plan;
import java.time.Instant;
import java.util.List;

/**
 * What each published hazard event does to a {@link HazardDocument}: pure functions of the current
 * document (or {@code null} before the report) and the aggregate's next event. The status changes
 * follow hazard-service's own view of a hazard.
 */
public final class HazardProjection {

  /** The payload of every hazard event this projection applies. */
  public static final List<Class<?>> PAYLOADS =
      List.of(
          HazardReported.class, HazardClassified.class, RectificationPlanned.class, RectificationStarted.class,
          RectificationProgressRecorded.class, RectificationCompleted.class, HazardSignedOff.class,
          RectificationRejected.class, DeadlineExtensionRequested.class, DeadlineExtensionApproved.class,
          DeadlineExtensionRefused.class, HazardReopened.class);

  private HazardProjection() {}

  /**
   * The document after {@code event}; the caller has checked that it is the hazard's next event.
   *
   * @throws IllegalArgumentException when the payload names another hazard than the envelope, when
   *     a report finds a document or a later event none, or for a payload not in {@link #PAYLOADS}
   */
  public static HazardDocument apply(HazardDocument current, EventEnvelope<?> event) {
    Object payload = event.payload();
    if (payload instanceof HazardReported r) {
      requireSameHazard(event, r.hazardId());
      if (current != null) {
        throw new IllegalArgumentException("hazard " + r.hazardId() + " was reported before");
      }
      return reported(r, event);
    }
    if (current == null) {
      throw new IllegalArgumentException(
          event.type() + " event " + event.eventId() + " of hazard " + event.aggregateId() + " precedes its report");
    }
    Draft d = new Draft(current);
    if (payload instanceof HazardClassified e) {
      requireSameHazard(event, e.hazardId());
      d.classifiedLevel = e.level();
      d.criteria = e.criteria();
    } else if (payload instanceof RectificationPlanned e) {
      requireSameHazard(event, e.hazardId());
      d.plan = plan(e);
      d.deadline = e.deadline();
      d.status = HazardStatus.PLANNED;
    } else if (payload instanceof RectificationStarted e) {
      requireSameHazard(event, e.hazardId());
      d.progressPercent = 0;
      d.status = HazardStatus.RECTIFYING;
    } else if (payload instanceof RectificationProgressRecorded e) {
      requireSameHazard(event, e.hazardId());
      d.progressPercent = e.percent();
    } else if (payload instanceof RectificationCompleted e) {
      requireSameHazard(event, e.hazardId());
      d.progressPercent = 100;
      d.status = HazardStatus.SUBMITTED;
    } else if (payload instanceof HazardSignedOff e) {
      requireSameHazard(event, e.hazardId());
      d.signedOffAt = e.signedOffAt();
      d.pendingExtension = null;
      d.status = HazardStatus.SIGNED_OFF;
    } else if (payload instanceof RectificationRejected e) {
      requireSameHazard(event, e.hazardId());
      d.progressPercent = 0;
      d.status = HazardStatus.RECTIFYING;
    } else if (payload instanceof DeadlineExtensionRequested e) {
      requireSameHazard(event, e.hazardId());
      d.pendingExtension = new PendingExtension(e.number(), e.requestedDeadline(), e.reason(), e.requestedAt());
    } else if (payload instanceof DeadlineExtensionApproved e) {
      requireSameHazard(event, e.hazardId());
      d.deadline = e.newDeadline();
      d.pendingExtension = null;
    } else if (payload instanceof DeadlineExtensionRefused e) {
      requireSameHazard(event, e.hazardId());
      d.pendingExtension = null;
    } else if (payload instanceof HazardReopened e) {
      requireSameHazard(event, e.hazardId());
      d.signedOffAt = null;
      d.progressPercent = 0;
      d.timesReopened++;
      d.status = HazardStatus.REOPENED;
    } else {
      throw new IllegalArgumentException("not a hazard event: " + payload.getClass().getName());
    }
    return d.document(event);
  }

  /** The level the rules go by: the classified one, else major when suggested major, else general. */
  static HazardLevel effectiveLevel(HazardLevel classified, HazardLevel suggested) {
    if (classified != null) {
      return classified;
    }
    return suggested == HazardLevel.MAJOR ? HazardLevel.MAJOR : HazardLevel.GENERAL;
  }

  private static HazardDocument reported(HazardReported r, EventEnvelope<?> event) {
    return new HazardDocument(
        r.hazardId(), r.number(), r.mineId(), null, r.enterpriseId(), r.townCode(), r.campaignId(), r.source(),
        r.category(), r.title(), r.description(), r.location(), r.discoveredAt(), r.reportedAt(), event.actor(),
        HazardStatus.REPORTED, effectiveLevel(null, r.suggestedLevel()), r.suggestedLevel(), r.suggestedCriteria(),
        r.citedCriteria(), null, List.of(), null, null, null, null, null, 0, event.sequence(), event.occurredAt());
  }

  private static Plan plan(RectificationPlanned e) {
    RectificationPlanned.Funds funds = e.funds();
    RectificationPlanned.Responsibility responsible = e.responsibility();
    RectificationPlanned.ContingencyPlan contingency = e.contingencyPlan();
    return new Plan(
        e.measures(),
        funds == null ? null : funds.amountCny(),
        funds == null ? null : funds.source(),
        e.deadline(),
        responsible == null ? null : responsible.person(),
        responsible == null ? null : responsible.position(),
        responsible == null ? null : responsible.unit(),
        contingency == null ? null : contingency.summary(),
        contingency == null ? null : contingency.documentRef(),
        e.plannedAt());
  }

  private static void requireSameHazard(EventEnvelope<?> event, String hazardId) {
    if (!event.aggregateId().equals(hazardId)) {
      throw new IllegalArgumentException(
          "event " + event.eventId() + " of aggregate " + event.aggregateId() + " carries hazard " + hazardId);
    }
  }

  /** The changeable part of a document while one event is applied. */
  private static final class Draft {
    private final HazardDocument from;
    HazardStatus status;
    HazardLevel classifiedLevel;
    List<String> criteria;
    Plan plan;
    Instant deadline;
    PendingExtension pendingExtension;
    Integer progressPercent;
    Instant signedOffAt;
    int timesReopened;

    Draft(HazardDocument from) {
      this.from = from;
      this.status = from.status();
      this.classifiedLevel = from.classifiedLevel();
      this.criteria = from.criteria();
      this.plan = from.plan();
      this.deadline = from.deadline();
      this.pendingExtension = from.pendingExtension();
      this.progressPercent = from.progressPercent();
      this.signedOffAt = from.signedOffAt();
      this.timesReopened = from.timesReopened();
    }

    HazardDocument document(EventEnvelope<?> event) {
      return new HazardDocument(
          from.id(), from.number(), from.mineId(), from.mineType(), from.enterpriseId(), from.townCode(), from.campaignId(),
          from.source(), from.category(), from.title(), from.description(), from.location(), from.discoveredAt(),
          from.reportedAt(), from.reportedBy(), status, effectiveLevel(classifiedLevel, from.suggestedLevel()),
          from.suggestedLevel(), from.suggestedCriteria(), from.citedCriteria(), classifiedLevel, criteria, plan,
          deadline, pendingExtension, progressPercent, signedOffAt, timesReopened, event.sequence(),
          event.occurredAt());
    }
  }
}
