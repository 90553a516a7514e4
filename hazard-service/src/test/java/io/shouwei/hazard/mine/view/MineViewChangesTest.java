package io.shouwei.hazard.mine.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each event of a mine does to its view, as plain functions. */
class MineViewChangesTest {

  static final Instant T0 = Instant.parse("2026-03-02T01:20:00.123Z");
  static final Actor INSPECTOR = new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101");
  static final MineFacts FACTS = new MineFacts(210.5, false, true, null, null, null, null, Map.of("benchCount", 14));
  static final MineRegisteredEvent REGISTERED =
      new MineRegisteredEvent("m-1", "北山露天采石场", "ent-3", "Beishan Co.", "310115101", MineType.OPEN_PIT, FACTS);

  static MineView registered() {
    return MineViewChanges.registered(REGISTERED, 0, T0, INSPECTOR);
  }

  @Test
  void registered_isOperating_stoppedByNoOrder_changedWhenRegistered() {
    assertThat(registered()).isEqualTo(
        new MineView("m-1", "北山露天采石场", "ent-3", "Beishan Co.", "310115101", MineType.OPEN_PIT, FACTS,
            ProductionStatus.OPERATING, List.of(), null, T0, T0, 0, INSPECTOR));
  }

  @Test
  void factsUpdated_replacesTheFacts_andKeepsWhoRegisteredItAndWhen() {
    MineFacts higher = new MineFacts(230.0, true, true, null, null, null, null, Map.of());

    MineView after = MineViewChanges.apply(registered(), new MineFactsUpdatedEvent("m-1", higher), 1, T0.plusSeconds(60));

    assertThat(after.facts()).isEqualTo(higher);
    assertThat(after.version()).isEqualTo(1);
    assertThat(after.changedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(after.registeredAt()).isEqualTo(T0);
    assertThat(after.registeredBy()).isEqualTo(INSPECTOR);
    assertThat(after.productionStatus()).isEqualTo(ProductionStatus.OPERATING);
  }

  @Test
  void stopsAndResumptions_trackTheStoppingOrders_onceEach() {
    MineView v = registered();
    v = MineViewChanges.apply(v, new MineStoppedByOrderEvent("m-1", "order-1"), 1, T0.plusSeconds(1));
    v = MineViewChanges.apply(v, new MineStoppedByOrderEvent("m-1", "order-2"), 2, T0.plusSeconds(2));
    v = MineViewChanges.apply(v, new MineStoppedByOrderEvent("m-1", "order-2"), 3, T0.plusSeconds(3));
    assertThat(v.productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(v.stoppedByOrderIds()).containsExactly("order-1", "order-2");

    v = MineViewChanges.apply(
        v, new MineResumedEvent("m-1", "order-1", ProductionStatus.STOPPED_BY_ORDER), 4, T0.plusSeconds(4));
    assertThat(v.productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(v.stoppedByOrderIds()).containsExactly("order-2");

    v = MineViewChanges.apply(v, new MineResumedEvent("m-1", "order-2", ProductionStatus.OPERATING), 5, T0.plusSeconds(5));
    assertThat(v.productionStatus()).isEqualTo(ProductionStatus.OPERATING);
    assertThat(v.stoppedByOrderIds()).isEmpty();
    assertThat(v.version()).isEqualTo(5);
    assertThat(v.changedAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void closed_isClosedWithItsReason() {
    MineView after = MineViewChanges.apply(registered(), new MineClosedEvent("m-1", "Licence expired."), 1, T0);

    assertThat(after.productionStatus()).isEqualTo(ProductionStatus.CLOSED);
    assertThat(after.closureReason()).isEqualTo("Licence expired.");
  }

  @Test
  void applying_leavesTheEarlierViewAsItWas() {
    MineView before = registered();

    MineViewChanges.apply(before, new MineStoppedByOrderEvent("m-1", "order-1"), 1, T0.plusSeconds(1));

    assertThat(before).isEqualTo(registered());
  }

  @Test
  void aSecondRegistration_isNotALaterEvent() {
    assertThatThrownBy(() -> MineViewChanges.apply(registered(), REGISTERED, 1, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MineRegisteredEvent");
  }
}
