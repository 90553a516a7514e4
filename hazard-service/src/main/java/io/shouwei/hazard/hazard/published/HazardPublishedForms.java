package io.shouwei.hazard.hazard.published;

import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRefused;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationProgressRecorded;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.contracts.hazard.RectificationStarted;
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
import io.shouwei.hazard.publishing.PublishedForms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The published form of each event of the Hazard aggregate. A report is published with its number,
 * the suggested level and criteria, and the cited criteria; the mine type and the facts the
 * decision read stay internal (the mine's own events publish its type and facts).
 */
@Component
public class HazardPublishedForms implements PublishedForms {

  @Override
  public Optional<Object> publishedFormOf(Object internalEvent) {
    Object published;
    if (internalEvent instanceof HazardReportedEvent e) {
      published = hazardReported(e);
    } else if (internalEvent instanceof HazardClassifiedEvent e) {
      published = new HazardClassified(e.hazardId(), e.level(), e.criteria(), e.previousLevel(), e.reason(), e.classifiedAt());
    } else if (internalEvent instanceof RectificationPlannedEvent e) {
      published = rectificationPlanned(e);
    } else if (internalEvent instanceof RectificationStartedEvent e) {
      published = new RectificationStarted(e.hazardId(), e.startedAt());
    } else if (internalEvent instanceof RectificationProgressRecordedEvent e) {
      published = new RectificationProgressRecorded(e.hazardId(), e.note(), e.percent(), e.evidenceRefs(), e.recordedAt());
    } else if (internalEvent instanceof RectificationCompletedEvent e) {
      published = new RectificationCompleted(e.hazardId(), e.evidenceRefs(), e.note(), e.completedAt());
    } else if (internalEvent instanceof HazardSignedOffEvent e) {
      published = new HazardSignedOff(e.hazardId(), e.level(), e.reason(), e.signedOffAt());
    } else if (internalEvent instanceof RectificationRejectedEvent e) {
      published = new RectificationRejected(e.hazardId(), e.reason(), e.rejectedAt());
    } else if (internalEvent instanceof DeadlineExtensionRequestedEvent e) {
      published = new DeadlineExtensionRequested(
          e.hazardId(), e.number(), e.currentDeadline(), e.requestedDeadline(), e.reason(), e.requestedAt());
    } else if (internalEvent instanceof DeadlineExtensionApprovedEvent e) {
      published = new DeadlineExtensionApproved(
          e.hazardId(), e.number(), e.previousDeadline(), e.newDeadline(), e.reason(), e.decidedAt());
    } else if (internalEvent instanceof DeadlineExtensionRefusedEvent e) {
      published = new DeadlineExtensionRefused(e.hazardId(), e.number(), e.reason(), e.decidedAt());
    } else if (internalEvent instanceof HazardReopenedEvent e) {
      published = new HazardReopened(e.hazardId(), e.reason(), e.reviewReference(), e.reopenedAt());
    } else {
      return Optional.empty();
    }
    return Optional.of(published);
  }

  static HazardReported hazardReported(HazardReportedEvent e) {
    return new HazardReported(
        e.hazardId(),
        e.mineId(),
        e.enterpriseId(),
        e.townCode(),
        e.campaignId(),
        e.source(),
        e.category(),
        e.title(),
        e.description(),
        e.location(),
        e.discoveredAt(),
        e.reportedAt(),
        e.number(),
        e.suggestedLevel(),
        e.suggestedCriteria(),
        e.citedCriteria());
  }

  static RectificationPlanned rectificationPlanned(RectificationPlannedEvent e) {
    FiveItemPlan p = e.plan();
    return new RectificationPlanned(
        e.hazardId(),
        p.measures(),
        p.funds() == null ? null : new RectificationPlanned.Funds(p.funds().amountCny(), p.funds().source()),
        p.deadline(),
        p.responsibility() == null
            ? null
            : new RectificationPlanned.Responsibility(
                p.responsibility().person(), p.responsibility().position(), p.responsibility().unit()),
        p.contingencyPlan() == null
            ? null
            : new RectificationPlanned.ContingencyPlan(p.contingencyPlan().summary(), p.contingencyPlan().documentRef()),
        e.plannedAt());
  }
}
