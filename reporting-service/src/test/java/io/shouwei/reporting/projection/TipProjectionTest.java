package io.shouwei.reporting.projection;

import static io.shouwei.reporting.SupervisionEvents.tipConverted;
import static io.shouwei.reporting.SupervisionEvents.tipDismissed;
import static io.shouwei.reporting.SupervisionEvents.tipEvent;
import static io.shouwei.reporting.SupervisionEvents.tipReceived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.reporting.SupervisionEvents;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TipProjectionTest {

  private static final String ID = "tip-1";
  private static final Instant RECEIVED = Instant.parse("2026-03-04T12:00:00Z");

  private TipDocument doc = TipProjection.apply(null, tipEvent(ID, 0, tipReceived(ID, "town-1", RECEIVED)));

  @Test
  void tipReceived_onNoDocument_keepsTheStatusTownAndTimeOnly() {
    assertThat(doc).isEqualTo(new TipDocument(ID, TipStatus.RECEIVED, "town-1", RECEIVED, null, null, 0, doc.updatedAt()));
    assertThat(Arrays.stream(TipDocument.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("id", "status", "townCode", "receivedAt", "triagedAt", "hazardId", "lastSequence", "updatedAt");
  }

  @Test
  void tipConverted_namesTheHazard_andTheTimeOfTriage() {
    doc = TipProjection.apply(doc, tipEvent(ID, 1, tipConverted(ID, "hz-9")));

    assertThat(doc.status()).isEqualTo(TipStatus.CONVERTED);
    assertThat(doc.hazardId()).isEqualTo("hz-9");
    assertThat(doc.triagedAt()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(7_200));
    assertThat(doc.lastSequence()).isEqualTo(1);
  }

  @Test
  void tipDismissed_keepsTheTimeOfTriage_butNotTheReason() {
    doc = TipProjection.apply(doc, tipEvent(ID, 1, tipDismissed(ID)));

    assertThat(doc.status()).isEqualTo(TipStatus.DISMISSED);
    assertThat(doc.triagedAt()).isEqualTo(SupervisionEvents.ISSUED.plusSeconds(7_200));
    assertThat(doc.hazardId()).isNull();
    assertThat(doc.toString()).doesNotContain("nothing found on site");
  }

  @Test
  void everyPublishedTipEventType_isProjected() {
    List<Class<?>> published =
        EventTypes.all().stream()
            .filter(t -> t.aggregateType().equals(AggregateTypes.TIP))
            .<Class<?>>map(EventTypes.Type::payloadClass)
            .toList();

    assertThat(TipProjection.PAYLOADS).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void tipReceived_overADocument_isRejected() {
    assertThatThrownBy(() -> TipProjection.apply(doc, tipEvent(ID, 1, tipReceived(ID, "town-1", RECEIVED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was received before");
  }

  @Test
  void laterEvent_withoutADocument_isRejected() {
    assertThatThrownBy(() -> TipProjection.apply(null, tipEvent(ID, 1, tipDismissed(ID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes its receipt");
  }

  @Test
  void event_whosePayloadNamesAnotherTip_isRejected() {
    assertThatThrownBy(() -> TipProjection.apply(doc, tipEvent(ID, 1, tipDismissed("tip-2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries tip tip-2");
  }
}
