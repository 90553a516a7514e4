package io.shouwei.reporting.projection;

import static io.shouwei.reporting.HazardEvents.classified;
import static io.shouwei.reporting.HazardEvents.completed;
import static io.shouwei.reporting.HazardEvents.extensionApproved;
import static io.shouwei.reporting.HazardEvents.extensionRefused;
import static io.shouwei.reporting.HazardEvents.extensionRequested;
import static io.shouwei.reporting.HazardEvents.hazardEvent;
import static io.shouwei.reporting.HazardEvents.planned;
import static io.shouwei.reporting.HazardEvents.progress;
import static io.shouwei.reporting.HazardEvents.rejected;
import static io.shouwei.reporting.HazardEvents.reopened;
import static io.shouwei.reporting.HazardEvents.reported;
import static io.shouwei.reporting.HazardEvents.signedOff;
import static io.shouwei.reporting.HazardEvents.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardReported;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.projection.HazardDocument.PendingExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HazardProjectionTest {

  private static final String ID = "hz-1";

  private long sequence;
  private HazardDocument doc = HazardProjection.apply(null, reported(ID, "ent-1", "town-1"));

  @Test
  void hazardReported_onNoDocument_createsTheReportedHazard() {
    EventEnvelope<HazardReported> event = reported("hz-1", "ent-1", "town-1");

    HazardDocument h = HazardProjection.apply(null, event);

    assertThat(h.id()).isEqualTo("hz-1");
    assertThat(h.number()).isEqualTo("YH-town-1-2026-0007");
    assertThat(h.mineId()).isEqualTo("mine-12");
    assertThat(h.mineType()).isNull();
    assertThat(h.enterpriseId()).isEqualTo("ent-1");
    assertThat(h.townCode()).isEqualTo("town-1");
    assertThat(h.campaignId()).isEqualTo("camp-2026-guard");
    assertThat(h.source()).isEqualTo(HazardSource.AGENCY_INSPECTION);
    assertThat(h.category()).isEqualTo("slope");
    assertThat(h.title()).isEqualTo("Loose rock on bench 3");
    assertThat(h.description()).isEqualTo("Overhanging rock above the haul road");
    assertThat(h.location()).isEqualTo("bench 3, north wall");
    assertThat(h.discoveredAt()).isEqualTo(HazardEvents.DISCOVERED);
    assertThat(h.reportedAt()).isEqualTo(HazardEvents.REPORTED);
    assertThat(h.reportedBy()).isEqualTo(HazardEvents.INSPECTOR);
    assertThat(h.status()).isEqualTo(HazardStatus.REPORTED);
    assertThat(h.suggestedLevel()).isEqualTo(HazardLevel.MAJOR);
    assertThat(h.suggestedCriteria()).containsExactly("OP-07.1");
    assertThat(h.citedCriteria()).containsExactly("OP-07.1", "OP-08.1");
    assertThat(h.level()).isEqualTo(HazardLevel.MAJOR);
    assertThat(h.classifiedLevel()).isNull();
    assertThat(h.criteria()).isEmpty();
    assertThat(h.plan()).isNull();
    assertThat(h.deadline()).isNull();
    assertThat(h.pendingExtension()).isNull();
    assertThat(h.progressPercent()).isNull();
    assertThat(h.signedOffAt()).isNull();
    assertThat(h.timesReopened()).isZero();
    assertThat(h.lastSequence()).isZero();
    assertThat(h.updatedAt()).isEqualTo(event.occurredAt());
  }

  @Test
  void hazardReported_ofSchemaVersion1_isGeneralWithoutNumber() {
    HazardReported v1 =
        new HazardReported("hz-1", "mine-1", "ent-1", "town-1", null, HazardSource.SELF_INSPECTION, "slope",
            "t", "d", "l", HazardEvents.DISCOVERED, HazardEvents.REPORTED);

    HazardDocument h = HazardProjection.apply(null, hazardEvent("hz-1", 0, v1));

    assertThat(h.number()).isNull();
    assertThat(h.suggestedLevel()).isNull();
    assertThat(h.level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(h.campaignId()).isNull();
  }

  @Test
  void hazardClassified_setsTheClassifiedLevelAndCriteria_whichTheLevelFollows() {
    next(classified(ID, HazardLevel.GENERAL, List.of()));

    assertThat(doc.classifiedLevel()).isEqualTo(HazardLevel.GENERAL);
    assertThat(doc.level()).isEqualTo(HazardLevel.GENERAL);
    assertThat(doc.suggestedLevel()).isEqualTo(HazardLevel.MAJOR);
    assertThat(doc.criteria()).isEmpty();
    assertThat(doc.status()).isEqualTo(HazardStatus.REPORTED);

    next(classified(ID, HazardLevel.MAJOR, List.of("OP-08.1")));

    assertThat(doc.level()).isEqualTo(HazardLevel.MAJOR);
    assertThat(doc.criteria()).containsExactly("OP-08.1");
  }

  @Test
  void rectificationPlanned_setsTheFiveItemsAndTheDeadline_andPlansTheHazard() {
    next(planned(ID));

    assertThat(doc.status()).isEqualTo(HazardStatus.PLANNED);
    assertThat(doc.deadline()).isEqualTo(HazardEvents.DEADLINE);
    assertThat(doc.plan().measures()).containsExactly("scale the bench", "fence the haul road");
    assertThat(doc.plan().fundsCny()).isEqualByComparingTo("125000.50");
    assertThat(doc.plan().fundsSource()).isEqualTo("enterprise safety budget");
    assertThat(doc.plan().deadline()).isEqualTo(HazardEvents.DEADLINE);
    assertThat(doc.plan().responsiblePerson()).isEqualTo("Wang Wei");
    assertThat(doc.plan().responsiblePosition()).isEqualTo("mine manager");
    assertThat(doc.plan().responsibleUnit()).isEqualTo("North pit");
    assertThat(doc.plan().contingencySummary()).isEqualTo("close the haul road when it rains");
    assertThat(doc.plan().contingencyDocumentRef()).isEqualTo("doc-77");
    assertThat(doc.plan().plannedAt()).isEqualTo(HazardEvents.REPORTED.plusSeconds(3_600));
  }

  @Test
  void rectificationPlanned_withoutFundsOrContingency_keepsThemAbsent() {
    var general =
        new io.shouwei.contracts.hazard.RectificationPlanned(
            ID, List.of("fix"), null, HazardEvents.DEADLINE, null, null, HazardEvents.REPORTED);

    next(general);

    assertThat(doc.plan().fundsCny()).isNull();
    assertThat(doc.plan().responsiblePerson()).isNull();
    assertThat(doc.plan().contingencySummary()).isNull();
  }

  @Test
  void rectificationStarted_startsRectifyingAtZeroPercent() {
    next(planned(ID));
    next(started(ID));

    assertThat(doc.status()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat(doc.progressPercent()).isZero();
  }

  @Test
  void rectificationProgressRecorded_setsTheProgress_andKeepsTheStatus() {
    next(planned(ID));
    next(started(ID));
    next(progress(ID, 40));

    assertThat(doc.progressPercent()).isEqualTo(40);
    assertThat(doc.status()).isEqualTo(HazardStatus.RECTIFYING);
  }

  @Test
  void rectificationCompleted_submitsTheHazardAtFullProgress() {
    next(planned(ID));
    next(started(ID));
    next(completed(ID));

    assertThat(doc.status()).isEqualTo(HazardStatus.SUBMITTED);
    assertThat(doc.progressPercent()).isEqualTo(100);
  }

  @Test
  void hazardSignedOff_closesTheHazard_andDropsAPendingExtension() {
    next(planned(ID));
    next(extensionRequested(ID));
    next(started(ID));
    next(completed(ID));
    next(signedOff(ID));

    assertThat(doc.status()).isEqualTo(HazardStatus.SIGNED_OFF);
    assertThat(doc.signedOffAt()).isEqualTo(HazardEvents.REPORTED.plusSeconds(259_200));
    assertThat(doc.pendingExtension()).isNull();
  }

  @Test
  void rectificationRejected_sendsTheHazardBackToRectifyingAtZeroPercent() {
    next(planned(ID));
    next(started(ID));
    next(completed(ID));
    next(rejected(ID));

    assertThat(doc.status()).isEqualTo(HazardStatus.RECTIFYING);
    assertThat(doc.progressPercent()).isZero();
  }

  @Test
  void deadlineExtensionRequested_isPending_andKeepsTheDeadline() {
    next(planned(ID));
    next(extensionRequested(ID));

    assertThat(doc.pendingExtension())
        .isEqualTo(new PendingExtension(1, HazardEvents.EXTENDED_DEADLINE, "rain", HazardEvents.REPORTED.plusSeconds(90_000)));
    assertThat(doc.deadline()).isEqualTo(HazardEvents.DEADLINE);
    assertThat(doc.status()).isEqualTo(HazardStatus.PLANNED);
  }

  @Test
  void deadlineExtensionApproved_movesTheDeadline_butNotThePlanned() {
    next(planned(ID));
    next(extensionRequested(ID));
    next(extensionApproved(ID));

    assertThat(doc.deadline()).isEqualTo(HazardEvents.EXTENDED_DEADLINE);
    assertThat(doc.plan().deadline()).isEqualTo(HazardEvents.DEADLINE);
    assertThat(doc.pendingExtension()).isNull();
  }

  @Test
  void deadlineExtensionRefused_keepsTheDeadline() {
    next(planned(ID));
    next(extensionRequested(ID));
    next(extensionRefused(ID));

    assertThat(doc.deadline()).isEqualTo(HazardEvents.DEADLINE);
    assertThat(doc.pendingExtension()).isNull();
  }

  @Test
  void rePlanning_setsThePlannedDeadlineAgain() {
    next(planned(ID));
    next(extensionRequested(ID));
    next(extensionApproved(ID));
    next(planned(ID));

    assertThat(doc.deadline()).isEqualTo(HazardEvents.DEADLINE);
  }

  @Test
  void hazardReopened_reopensASignedOffHazard_andCountsIt() {
    next(planned(ID));
    next(started(ID));
    next(completed(ID));
    next(signedOff(ID));
    next(reopened(ID));

    assertThat(doc.status()).isEqualTo(HazardStatus.REOPENED);
    assertThat(doc.signedOffAt()).isNull();
    assertThat(doc.progressPercent()).isZero();
    assertThat(doc.timesReopened()).isEqualTo(1);
    assertThat(doc.deadline()).isEqualTo(HazardEvents.DEADLINE);

    next(planned(ID));
    next(started(ID));
    next(completed(ID));
    next(signedOff(ID));
    next(reopened(ID));

    assertThat(doc.timesReopened()).isEqualTo(2);
  }

  @Test
  void everyEvent_movesTheSequenceAndTheUpdateTime_andKeepsTheReport() {
    HazardDocument reported = doc;

    next(planned(ID));

    assertThat(doc.lastSequence()).isEqualTo(1);
    assertThat(doc.updatedAt()).isEqualTo(HazardEvents.REPORTED.plusSeconds(1));
    assertThat(doc.reportedBy()).isEqualTo(reported.reportedBy());
    assertThat(doc.title()).isEqualTo(reported.title());
    assertThat(doc.number()).isEqualTo(reported.number());
  }

  @Test
  void everyPublishedHazardEventType_isProjected() {
    List<Class<?>> published = new ArrayList<>();
    EventTypes.all().stream()
        .filter(t -> t.aggregateType().equals(AggregateTypes.HAZARD))
        .forEach(t -> published.add(t.payloadClass()));

    assertThat(HazardProjection.PAYLOADS).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void hazardReported_overADocument_isRejected() {
    assertThatThrownBy(() -> HazardProjection.apply(doc, reported(ID, "ent-1", "town-1", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was reported before");
  }

  @Test
  void laterEvent_withoutADocument_isRejected() {
    assertThatThrownBy(() -> HazardProjection.apply(null, hazardEvent(ID, 1, planned(ID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes its report");
  }

  @Test
  void event_whosePayloadNamesAnotherHazard_isRejected() {
    EventEnvelope<HazardReported> event =
        HazardEvents.envelope("hz-1", 0, "HazardReported", HazardEvents.payload("hz-2", "ent-1", "town-1"));

    assertThatThrownBy(() -> HazardProjection.apply(null, event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries hazard hz-2");
    assertThatThrownBy(() -> HazardProjection.apply(doc, hazardEvent(ID, 1, planned("hz-2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries hazard hz-2");
  }

  private void next(Object payload) {
    doc = HazardProjection.apply(doc, hazardEvent(ID, ++sequence, payload));
  }
}
