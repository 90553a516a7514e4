package io.shouwei.reporting.projection;

import static io.shouwei.reporting.SupervisionEvents.campaignConcluded;
import static io.shouwei.reporting.SupervisionEvents.campaignEvent;
import static io.shouwei.reporting.SupervisionEvents.campaignLaunched;
import static io.shouwei.reporting.SupervisionEvents.phaseAmended;
import static io.shouwei.reporting.SupervisionEvents.reportDueDateAmended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.campaign.Phase;
import io.shouwei.contracts.campaign.PhaseKind;
import io.shouwei.reporting.HazardEvents;
import io.shouwei.reporting.SupervisionEvents;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignProjectionTest {

  private static final String ID = "camp-1";

  private long sequence;
  private CampaignDocument doc =
      CampaignProjection.apply(null, campaignEvent(ID, 0, campaignLaunched(ID, List.of("town-1", "town-2"))));

  @Test
  void campaignLaunched_onNoDocument_createsALaunchedCampaign() {
    assertThat(doc.id()).isEqualTo(ID);
    assertThat(doc.name()).isEqualTo("2026 spring non-coal mine hazard campaign");
    assertThat(doc.districtCode()).isEqualTo("310115");
    assertThat(doc.districtName()).isEqualTo("Pudong");
    assertThat(doc.townCodes()).containsExactly("town-1", "town-2");
    assertThat(doc.phases()).extracting(Phase::kind)
        .containsExactly(PhaseKind.MOBILISATION, PhaseKind.CONCENTRATED_PUSH, PhaseKind.SUMMARY);
    assertThat(doc.reportDueDate()).isEqualTo(SupervisionEvents.REPORT_DUE);
    assertThat(doc.legalBasis()).isEqualTo("Mine Safety Law");
    assertThat(doc.documentRef()).isEqualTo("doc-2026-3");
    assertThat(doc.issuingOrganisation()).isEqualTo("District emergency bureau");
    assertThat(doc.status()).isEqualTo(CampaignStatus.LAUNCHED);
    assertThat(doc.concludedOn()).isNull();
    assertThat(doc.launchedAt()).isEqualTo(HazardEvents.REPORTED);
    assertThat(doc.lastSequence()).isZero();
  }

  @Test
  void campaignPhaseAmended_movesTheDatesOfThatPhaseOnly() {
    next(phaseAmended(ID, PhaseKind.CONCENTRATED_PUSH, LocalDate.parse("2026-03-12"), LocalDate.parse("2026-05-20")));

    assertThat(doc.phases().get(1))
        .isEqualTo(new Phase(PhaseKind.CONCENTRATED_PUSH, "集中推进", LocalDate.parse("2026-03-12"), LocalDate.parse("2026-05-20")));
    assertThat(doc.phases().get(0).endDate()).isEqualTo(SupervisionEvents.MOBILISATION_END);
    assertThat(doc.phases().get(2).startDate()).isEqualTo(SupervisionEvents.SUMMARY_START);
    assertThat(doc.lastSequence()).isEqualTo(1);
  }

  @Test
  void campaignReportDueDateAmended_movesTheDueDate() {
    next(reportDueDateAmended(ID, LocalDate.parse("2026-07-20")));

    assertThat(doc.reportDueDate()).isEqualTo(LocalDate.parse("2026-07-20"));
  }

  @Test
  void campaignConcluded_concludesTheCampaign_withTheDayAndNote() {
    next(campaignConcluded(ID));

    assertThat(doc.status()).isEqualTo(CampaignStatus.CONCLUDED);
    assertThat(doc.concludedOn()).isEqualTo(LocalDate.parse("2026-07-01"));
    assertThat(doc.conclusionNote()).isEqualTo("all towns reported");
    assertThat(doc.phases()).hasSize(3);
  }

  @Test
  void everyPublishedCampaignEventType_isProjected() {
    List<Class<?>> published =
        EventTypes.all().stream()
            .filter(t -> t.aggregateType().equals(AggregateTypes.CAMPAIGN))
            .<Class<?>>map(EventTypes.Type::payloadClass)
            .toList();

    assertThat(CampaignProjection.PAYLOADS).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void campaignLaunched_overADocument_isRejected() {
    assertThatThrownBy(() -> next(campaignLaunched(ID, List.of("town-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was launched before");
  }

  @Test
  void laterEvent_withoutADocument_isRejected() {
    assertThatThrownBy(() -> CampaignProjection.apply(null, campaignEvent(ID, 1, campaignConcluded(ID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes its launch");
  }

  @Test
  void event_whosePayloadNamesAnotherCampaign_isRejected() {
    assertThatThrownBy(() -> next(campaignConcluded("camp-2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries campaign camp-2");
  }

  private void next(Object payload) {
    doc = CampaignProjection.apply(doc, campaignEvent(ID, ++sequence, payload));
  }
}
