package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.view.MineView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/**
 * The folds of the audited types over stored-event messages: the hazard's through a whole reopen
 * cycle, the mine's with the stored times, both with the actors their metadata records.
 */
class AuditedTypesTest {

  static final Instant T0 = Instant.parse("2026-03-02T01:20:00.123Z");
  static final Instant DEADLINE = Instant.parse("2026-04-30T10:00:00Z");

  static final Actor INSPECTOR = new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101");
  static final Actor ENTERPRISE = new Actor("safety-ent-a", Role.ENTERPRISE, "ent-a");

  static final FiveItemPlan PLAN =
      new FiveItemPlan(
          List.of("Fence off the crest of bench 4"), null, DEADLINE,
          new FiveItemPlan.Responsibility("Wang Qiang", "Mine manager", "North pit"), null);
  static final FiveItemPlan SECOND_PLAN =
      new FiveItemPlan(List.of("Cut bench 4 back"), null, DEADLINE.plusSeconds(86_400), PLAN.responsibility(), null);

  static DomainEventMessage<Object> event(String type, long sequence, Object payload, Actor by) {
    Map<String, Object> metadata =
        Map.of(
            MetadataKeys.ACTOR_USER_ID, by.userId(), MetadataKeys.ACTOR_ROLE, by.role().name(),
            MetadataKeys.ACTOR_ORG, by.orgId(), MetadataKeys.CORRELATION_ID, "corr-" + sequence);
    return new GenericDomainEventMessage<>(
        type, "x-1", sequence, payload, MetaData.from(metadata), "e-" + sequence, T0.plusSeconds(sequence * 60));
  }

  static DomainEventMessage<Object> hazardEvent(long sequence, Object payload, Actor by) {
    return event(AggregateTypes.HAZARD, sequence, payload, by);
  }

  /** Reported, planned, started, completed, signed off, reopened, planned again: events 0 to 6. */
  static List<DomainEventMessage<Object>> reopenCycle() {
    return List.of(
        hazardEvent(0, new HazardReportedEvent("x-1", "YH-310115101-2026-0001", "mine-7", "ent-a", "310115101",
            MineType.OPEN_PIT, null, HazardSource.AGENCY_INSPECTION, "SLOPE", "Crack on bench 4", "A 12 m crack.",
            "North pit", T0.minusSeconds(3600), T0, Map.of(), HazardLevel.GENERAL, List.of(), List.of()), INSPECTOR),
        hazardEvent(1, new RectificationPlannedEvent("x-1", PLAN, T0), ENTERPRISE),
        hazardEvent(2, new RectificationStartedEvent("x-1", T0), ENTERPRISE),
        hazardEvent(3, new RectificationCompletedEvent("x-1", List.of("photo://fence"), "Fenced", T0), ENTERPRISE),
        hazardEvent(4, new HazardSignedOffEvent("x-1", HazardLevel.GENERAL, null, T0.plusSeconds(240)), INSPECTOR),
        hazardEvent(5, new HazardReopenedEvent("x-1", "Cracks again", "revisit-1", T0), INSPECTOR),
        hazardEvent(6, new RectificationPlannedEvent("x-1", SECOND_PLAN, T0), ENTERPRISE));
  }

  static HazardView hazardAt(ReplayPoint point) {
    return AuditedTypes.HAZARD_FOLD.upTo(point, reopenCycle().stream()).orElseThrow().state();
  }

  @Test
  void hazard_acrossAReopenCycle_hasTheStatusOfEachVersion() {
    List<HazardStatus> statuses =
        Stream.iterate(0L, n -> n <= 6, n -> n + 1).map(n -> hazardAt(new ReplayPoint.AtVersion(n)).status()).toList();

    assertThat(statuses).containsExactly(
        HazardStatus.REPORTED, HazardStatus.PLANNED, HazardStatus.RECTIFYING, HazardStatus.SUBMITTED,
        HazardStatus.SIGNED_OFF, HazardStatus.REOPENED, HazardStatus.PLANNED);
  }

  @Test
  void hazard_signedOff_showsTheVerifierFromTheMetadata_andReopeningClearsIt() {
    HazardView signedOff = hazardAt(new ReplayPoint.AtVersion(4));
    HazardView reopened = hazardAt(new ReplayPoint.AtVersion(5));

    assertThat(signedOff.signedOff()).isEqualTo(new HazardView.SignOff(INSPECTOR, T0.plusSeconds(240)));
    assertThat(signedOff.progressPercent()).isEqualTo(100);
    assertThat(signedOff.version()).isEqualTo(4);
    assertThat(reopened.signedOff()).isNull();
    assertThat(reopened.progressPercent()).isZero();
    assertThat(reopened.plan()).isEqualTo(PLAN);
  }

  @Test
  void hazard_asOfAnInstant_betweenSignOffAndReopening_isSignedOff() {
    Instant signedOffAt = reopenCycle().get(4).getTimestamp();
    Instant reopenedAt = reopenCycle().get(5).getTimestamp();

    assertThat(hazardAt(new ReplayPoint.AsOf(signedOffAt)).status()).isEqualTo(HazardStatus.SIGNED_OFF);
    assertThat(hazardAt(new ReplayPoint.AsOf(reopenedAt.minusMillis(1))).status()).isEqualTo(HazardStatus.SIGNED_OFF);
    assertThat(hazardAt(new ReplayPoint.AsOf(reopenedAt)).status()).isEqualTo(HazardStatus.REOPENED);
    assertThat(hazardAt(new ReplayPoint.AsOf(T0.plusSeconds(3600))).plan()).isEqualTo(SECOND_PLAN);
  }

  @Test
  void hazard_isReportedByTheActorOfItsFirstEvent() {
    HazardView reported = hazardAt(new ReplayPoint.AtVersion(0));

    assertThat(reported.reportedBy()).isEqualTo(INSPECTOR);
    assertThat(reported.id()).isEqualTo("x-1");
    assertThat(reported.enterpriseId()).isEqualTo("ent-a");
    assertThat(reported.townCode()).isEqualTo("310115101");
  }

  @Test
  void hazard_whoseFirstReadEventIsNoReport_doesNotReplay() {
    Stream<DomainEventMessage<Object>> withoutReport = reopenCycle().stream().skip(1);

    assertThatThrownBy(() -> AuditedTypes.HAZARD_FOLD.upTo(new ReplayPoint.AtVersion(6), withoutReport))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event 1 (RectificationPlannedEvent) cannot begin");
  }

  @Test
  void mine_changesAtTheTimeOfItsEvents_andIsRegisteredByTheActorOfItsFirst() {
    MineFacts facts = new MineFacts(210.0, false, true, null, null, null, null, Map.of());
    MineFacts higher = new MineFacts(230.0, true, true, null, null, null, null, Map.of());
    List<DomainEventMessage<Object>> events =
        List.of(
            event(AggregateTypes.MINE, 0, new MineRegisteredEvent(
                "x-1", "北山露天采石场", "ent-a", "Beishan Co.", "310115101", MineType.OPEN_PIT, facts), INSPECTOR),
            event(AggregateTypes.MINE, 1, new MineFactsUpdatedEvent("x-1", higher), ENTERPRISE),
            event(AggregateTypes.MINE, 2, new MineClosedEvent("x-1", "Licence expired."), INSPECTOR));

    MineView registered = AuditedTypes.MINE_FOLD.upTo(new ReplayPoint.AtVersion(0), events.stream()).orElseThrow().state();
    MineView updated = AuditedTypes.MINE_FOLD.upTo(new ReplayPoint.AtVersion(1), events.stream()).orElseThrow().state();
    MineView closed = AuditedTypes.MINE_FOLD.upTo(new ReplayPoint.AtVersion(2), events.stream()).orElseThrow().state();

    assertThat(registered.registeredBy()).isEqualTo(INSPECTOR);
    assertThat(registered.registeredAt()).isEqualTo(T0);
    assertThat(registered.facts()).isEqualTo(facts);
    assertThat(updated.facts()).isEqualTo(higher);
    assertThat(updated.changedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(updated.registeredBy()).isEqualTo(INSPECTOR);
    assertThat(closed.productionStatus()).isEqualTo(ProductionStatus.CLOSED);
    assertThat(closed.closureReason()).isEqualTo("Licence expired.");
    assertThat(closed.version()).isEqualTo(2);
  }

  @Test
  void anEventWithoutARecordedActor_doesNotReplay() {
    DomainEventMessage<Object> bare =
        new GenericDomainEventMessage<>(
            AggregateTypes.MINE, "x-1", 0,
            new MineRegisteredEvent("x-1", "n", "ent-a", "E", "310115101", MineType.OPEN_PIT, MineFacts.NONE),
            MetaData.with(MetadataKeys.ACTOR_USER_ID, "u-1"));

    assertThatThrownBy(() -> AuditedTypes.MINE_FOLD.upTo(new ReplayPoint.AtVersion(0), Stream.of(bare)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
