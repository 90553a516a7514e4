package io.shouwei.reporting.projection;

import static io.shouwei.reporting.HazardEvents.mineClosed;
import static io.shouwei.reporting.HazardEvents.mineEvent;
import static io.shouwei.reporting.HazardEvents.mineFactsUpdated;
import static io.shouwei.reporting.HazardEvents.mineRegistered;
import static io.shouwei.reporting.HazardEvents.mineResumed;
import static io.shouwei.reporting.HazardEvents.mineStopped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.EventTypes;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.mine.ProductionStatus;
import io.shouwei.reporting.HazardEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class MineProjectionTest {

  private static final String ID = "mine-1";

  private long sequence;
  private MineDocument doc =
      MineProjection.apply(null, mineEvent(ID, 0, mineRegistered(ID, "ent-1", "town-1", MineType.OPEN_PIT)));

  @Test
  void mineRegistered_onNoDocument_createsAnOperatingMine() {
    assertThat(doc.id()).isEqualTo(ID);
    assertThat(doc.name()).isEqualTo("North pit mine-1");
    assertThat(doc.enterpriseId()).isEqualTo("ent-1");
    assertThat(doc.enterpriseName()).isEqualTo("Enterprise ent-1");
    assertThat(doc.townCode()).isEqualTo("town-1");
    assertThat(doc.type()).isEqualTo(MineType.OPEN_PIT);
    assertThat(doc.productionStatus()).isEqualTo(ProductionStatus.OPERATING);
    assertThat(doc.stoppingOrders()).isEmpty();
    assertThat(doc.closedReason()).isNull();
    assertThat(doc.lastSequence()).isZero();
    assertThat(doc.updatedAt()).isEqualTo(HazardEvents.REPORTED);
  }

  @Test
  void mineFactsUpdated_changesNothingShown_butTheSequence() {
    MineDocument before = doc;

    next(mineFactsUpdated(ID));

    assertThat(doc.lastSequence()).isEqualTo(1);
    assertThat(doc.updatedAt()).isEqualTo(HazardEvents.REPORTED.plusSeconds(1));
    assertThat(doc.productionStatus()).isEqualTo(before.productionStatus());
    assertThat(doc.type()).isEqualTo(before.type());
  }

  @Test
  void mineStoppedByOrder_stopsTheMine_andRemembersEachOrder() {
    next(mineStopped(ID, "ord-1"));
    next(mineStopped(ID, "ord-2"));

    assertThat(doc.productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(doc.stoppingOrders()).containsExactly("ord-1", "ord-2");
  }

  @Test
  void mineResumed_liftsItsOrder_andTakesTheStatusTheEventGives() {
    next(mineStopped(ID, "ord-1"));
    next(mineStopped(ID, "ord-2"));

    next(mineResumed(ID, "ord-1", ProductionStatus.STOPPED_BY_ORDER));

    assertThat(doc.productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(doc.stoppingOrders()).containsExactly("ord-2");

    next(mineResumed(ID, "ord-2", ProductionStatus.OPERATING));

    assertThat(doc.productionStatus()).isEqualTo(ProductionStatus.OPERATING);
    assertThat(doc.stoppingOrders()).isEmpty();
  }

  @Test
  void mineClosed_closesTheMineForGood_withTheReason() {
    next(mineClosed(ID));

    assertThat(doc.productionStatus()).isEqualTo(ProductionStatus.CLOSED);
    assertThat(doc.closedReason()).isEqualTo("licence expired");
  }

  @Test
  void everyPublishedMineEventType_isProjected() {
    List<Class<?>> published =
        EventTypes.all().stream()
            .filter(t -> t.aggregateType().equals(AggregateTypes.MINE))
            .<Class<?>>map(EventTypes.Type::payloadClass)
            .toList();

    assertThat(MineProjection.PAYLOADS).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void mineRegistered_overADocument_isRejected() {
    assertThatThrownBy(() -> MineProjection.apply(doc, mineEvent(ID, 1, mineRegistered(ID, "e", "t", MineType.OTHER))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was registered before");
  }

  @Test
  void laterEvent_withoutADocument_isRejected() {
    assertThatThrownBy(() -> MineProjection.apply(null, mineEvent(ID, 1, mineClosed(ID))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes its registration");
  }

  @Test
  void event_whosePayloadNamesAnotherMine_isRejected() {
    assertThatThrownBy(() -> MineProjection.apply(doc, mineEvent(ID, 1, mineClosed("mine-2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries mine mine-2");
  }

  private void next(Object payload) {
    doc = MineProjection.apply(doc, mineEvent(ID, ++sequence, payload));
  }
}
