package io.shouwei.hazard.hazard.view;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.DeadlineExtensionApprovedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRefusedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRequestedEvent;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.api.RectificationProgressRecordedEvent;
import io.shouwei.hazard.hazard.api.RectificationRejectedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import io.shouwei.hazard.hazard.view.HazardView.PendingExtension;
import io.shouwei.hazard.hazard.view.HazardView.SignOff;
import java.time.Instant;
import java.util.List;

/**
 * What each event of a hazard does to its view: pure functions of (view, event) → view, free of
 * storage, so that the same rules can replay a hazard up to any event.
 */
public final class HazardViewChanges {

  private HazardViewChanges() {}

  /** The view of a hazard just reported. */
  public static HazardView reported(HazardReportedEvent e, long sequence, Actor by) {
    return new HazardView(
        e.hazardId(), e.number(), e.mineId(), e.enterpriseId(), e.townCode(), e.campaignId(), e.source(),
        e.category(), e.title(), e.description(), e.location(), e.discoveredAt(), e.reportedAt(),
        HazardStatus.REPORTED, sequence, by, e.suggestedLevel(), e.suggestedCriteria(), e.citedCriteria(), null,
        List.of(), null, null, null, null, null, null);
  }

  /**
   * The view after {@code event}, stored at {@code sequence} by {@code actor}.
   *
   * @throws IllegalArgumentException for an event that is not one of a hazard's later events
   */
  public static HazardView apply(HazardView v, Object event, long sequence, Actor actor) {
    Draft d = new Draft(v, sequence);
    if (event instanceof HazardClassifiedEvent e) {
      d.level = e.level();
      d.criteria = e.criteria();
      d.classificationReason = e.reason();
    } else if (event instanceof RectificationPlannedEvent e) {
      d.plan = e.plan();
      d.deadline = e.plan().deadline();
      d.status = HazardStatus.PLANNED;
    } else if (event instanceof RectificationStartedEvent) {
      d.progressPercent = 0;
      d.status = HazardStatus.RECTIFYING;
    } else if (event instanceof RectificationProgressRecordedEvent e) {
      d.progressPercent = e.percent();
    } else if (event instanceof RectificationCompletedEvent) {
      d.progressPercent = 100;
      d.status = HazardStatus.SUBMITTED;
    } else if (event instanceof HazardSignedOffEvent e) {
      d.signedOff = new SignOff(actor, e.signedOffAt());
      d.pendingExtension = null;
      d.status = HazardStatus.SIGNED_OFF;
    } else if (event instanceof RectificationRejectedEvent) {
      d.progressPercent = 0;
      d.status = HazardStatus.RECTIFYING;
    } else if (event instanceof DeadlineExtensionRequestedEvent e) {
      d.pendingExtension = new PendingExtension(e.number(), e.requestedDeadline(), e.reason(), e.requestedAt());
    } else if (event instanceof DeadlineExtensionApprovedEvent e) {
      d.deadline = e.newDeadline();
      d.pendingExtension = null;
    } else if (event instanceof DeadlineExtensionRefusedEvent) {
      d.pendingExtension = null;
    } else if (event instanceof HazardReopenedEvent) {
      d.signedOff = null;
      d.progressPercent = 0;
      d.status = HazardStatus.REOPENED;
    } else {
      throw new IllegalArgumentException("not a later event of a hazard: " + event.getClass().getName());
    }
    return d.view();
  }

  /** The changeable part of a view while one event is applied. */
  private static final class Draft {
    private final HazardView from;
    private final long version;
    HazardStatus status;
    HazardLevel level;
    List<String> criteria;
    String classificationReason;
    FiveItemPlan plan;
    Instant deadline;
    Integer progressPercent;
    SignOff signedOff;
    PendingExtension pendingExtension;

    Draft(HazardView from, long version) {
      this.from = from;
      this.version = version;
      this.status = from.status();
      this.level = from.level();
      this.criteria = from.criteria();
      this.classificationReason = from.classificationReason();
      this.plan = from.plan();
      this.deadline = from.deadline();
      this.progressPercent = from.progressPercent();
      this.signedOff = from.signedOff();
      this.pendingExtension = from.pendingExtension();
    }

    HazardView view() {
      return new HazardView(
          from.id(), from.number(), from.mineId(), from.enterpriseId(), from.townCode(), from.campaignId(),
          from.source(), from.category(), from.title(), from.description(), from.location(), from.discoveredAt(),
          from.reportedAt(), status, version, from.reportedBy(), from.suggestedLevel(), from.suggestedCriteria(),
          from.citedCriteria(), level, criteria, classificationReason, plan, deadline, progressPercent, signedOff,
          pendingExtension);
    }
  }
}
