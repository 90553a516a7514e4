package io.shouwei.workflow.correlation;

import io.shouwei.contracts.campaign.CampaignConcluded;
import io.shouwei.contracts.campaign.CampaignLaunched;
import io.shouwei.contracts.campaign.CampaignPhaseAmended;
import io.shouwei.contracts.campaign.CampaignReportDueDateAmended;
import io.shouwei.contracts.hazard.DeadlineExtensionApproved;
import io.shouwei.contracts.hazard.DeadlineExtensionRefused;
import io.shouwei.contracts.hazard.DeadlineExtensionRequested;
import io.shouwei.contracts.hazard.HazardClassified;
import io.shouwei.contracts.hazard.HazardReopened;
import io.shouwei.contracts.hazard.HazardSignedOff;
import io.shouwei.contracts.hazard.RectificationCompleted;
import io.shouwei.contracts.hazard.RectificationPlanned;
import io.shouwei.contracts.hazard.RectificationRejected;
import io.shouwei.contracts.mine.MineClosed;
import io.shouwei.contracts.mine.MineRegistered;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderLifted;
import io.shouwei.contracts.order.ResumptionApplied;
import io.shouwei.contracts.order.ResumptionRejected;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.StopTookEffect;
import io.shouwei.workflow.process.campaign.Campaign;
import io.shouwei.workflow.process.hazardrectification.HazardRectification;
import io.shouwei.workflow.process.ordertostop.OrderToStop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per event type a process waits for: each hands the event to its process, which
 * correlates it by business key (the hazard id, the order id). A hazard's sign-off and reopening
 * matter to both processes: the hazard's own, and the orders to stop production that cite it. A
 * campaign's events drive its process; a mine's registration and closure are recorded for the
 * campaigns of its town.
 */
@Configuration(proxyBeanMethods = false)
class ProcessEventHandlers {

  @Bean
  EventHandler<HazardClassified> hazardClassified(HazardRectification process) {
    return EventHandler.of(HazardClassified.class, e -> process.classified(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<RectificationPlanned> rectificationPlanned(HazardRectification process) {
    return EventHandler.of(RectificationPlanned.class, e -> process.planned(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<DeadlineExtensionRequested> deadlineExtensionRequested(HazardRectification process) {
    return EventHandler.of(DeadlineExtensionRequested.class, e -> process.extensionRequested(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<DeadlineExtensionApproved> deadlineExtensionApproved(HazardRectification process) {
    return EventHandler.of(DeadlineExtensionApproved.class, e -> process.extensionApproved(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<DeadlineExtensionRefused> deadlineExtensionRefused(HazardRectification process) {
    return EventHandler.of(DeadlineExtensionRefused.class,
        e -> process.extensionRefused(e.eventId(), e.payload().hazardId()));
  }

  @Bean
  EventHandler<RectificationCompleted> rectificationCompleted(HazardRectification process) {
    return EventHandler.of(RectificationCompleted.class, e -> process.completed(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<RectificationRejected> rectificationRejected(HazardRectification process) {
    return EventHandler.of(RectificationRejected.class, e -> process.rejected(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<HazardSignedOff> hazardSignedOff(HazardRectification hazard, OrderToStop orders) {
    return EventHandler.of(HazardSignedOff.class, e -> {
      orders.hazardSignedOff(e.payload().hazardId(), e.payload().signedOffAt());
      return hazard.signedOff(e.eventId(), e.payload());
    });
  }

  @Bean
  EventHandler<HazardReopened> hazardReopened(HazardRectification hazard, OrderToStop orders) {
    return EventHandler.of(HazardReopened.class, e -> {
      orders.hazardReopened(e.payload().hazardId());
      return hazard.reopened(e.eventId(), e.payload());
    });
  }

  @Bean
  EventHandler<OrderIssued> orderIssued(OrderToStop process) {
    return EventHandler.of(OrderIssued.class, e -> process.issued(e.payload()));
  }

  @Bean
  EventHandler<StopTookEffect> stopTookEffect(OrderToStop process) {
    return EventHandler.of(StopTookEffect.class, e -> process.stopTookEffect(e.eventId(), e.payload().orderId()));
  }

  @Bean
  EventHandler<ResumptionApplied> resumptionApplied(OrderToStop process) {
    return EventHandler.of(ResumptionApplied.class, e -> process.resumptionApplied(e.eventId(), e.payload().orderId()));
  }

  @Bean
  EventHandler<ResumptionReviewed> resumptionReviewed(OrderToStop process) {
    return EventHandler.of(ResumptionReviewed.class, e -> process.reviewed(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<ResumptionRejected> resumptionRejected(OrderToStop process) {
    return EventHandler.of(ResumptionRejected.class, e -> process.rejected(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<OrderLifted> orderLifted(OrderToStop process) {
    return EventHandler.of(OrderLifted.class, e -> process.lifted(e.eventId(), e.payload().orderId()));
  }

  @Bean
  EventHandler<CampaignLaunched> campaignLaunched(Campaign process) {
    return EventHandler.of(CampaignLaunched.class, e -> process.launched(e.payload()));
  }

  @Bean
  EventHandler<CampaignPhaseAmended> campaignPhaseAmended(Campaign process) {
    return EventHandler.of(CampaignPhaseAmended.class, e -> process.phaseAmended(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<CampaignReportDueDateAmended> campaignReportDueDateAmended(Campaign process) {
    return EventHandler.of(CampaignReportDueDateAmended.class,
        e -> process.reportDueDateAmended(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<CampaignConcluded> campaignConcluded(Campaign process) {
    return EventHandler.of(CampaignConcluded.class, e -> process.concluded(e.eventId(), e.payload()));
  }

  @Bean
  EventHandler<MineRegistered> mineRegistered(Campaign process) {
    return EventHandler.of(MineRegistered.class, e -> process.mineRegistered(e.payload()));
  }

  @Bean
  EventHandler<MineClosed> mineClosed(Campaign process) {
    return EventHandler.of(MineClosed.class, e -> process.mineClosed(e.payload()));
  }
}
