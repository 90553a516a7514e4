package io.shouwei.hazard.mine;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.mine.MineRuleViolation.Rule;
import io.shouwei.hazard.mine.api.CloseMineCommand;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import io.shouwei.hazard.mine.api.RegisterMineCommand;
import io.shouwei.hazard.mine.api.ResumeMineCommand;
import io.shouwei.hazard.mine.api.StopMineByOrderCommand;
import io.shouwei.hazard.mine.api.UpdateMineFactsCommand;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MineTest {

  static final String MINE = "mine-7";

  static final MineFacts OPEN_PIT_FACTS =
      new MineFacts(210.0, false, true, null, null, null, null, Map.of("benchCount", 14));
  static final MineFacts POND_FACTS = new MineFacts(null, null, null, null, null, 2, 86.5, Map.of());

  static final Map<String, String> BY_SERVICE = Map.of(MetadataKeys.ACTOR_ROLE, Role.SERVICE.name());

  FixtureConfiguration<Mine> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mine.class);
  }

  static RegisterMineCommand register() {
    return new RegisterMineCommand(
        MINE, "北山露天采石场", "ent-3", "Beishan Building Materials Co.", "310115101", MineType.OPEN_PIT,
        OPEN_PIT_FACTS);
  }

  static RegisterMineCommand register(UnaryOperator<Fields> change) {
    Fields f = change.apply(Fields.of(register()));
    return new RegisterMineCommand(f.mineId, f.name, f.enterpriseId, f.enterpriseName, f.townCode, f.type, f.facts);
  }

  static MineRegisteredEvent registered() {
    return registered(MineType.OPEN_PIT, OPEN_PIT_FACTS);
  }

  static MineRegisteredEvent registered(MineType type, MineFacts facts) {
    RegisterMineCommand c = register();
    return new MineRegisteredEvent(c.mineId(), c.name(), c.enterpriseId(), c.enterpriseName(), c.townCode(), type, facts);
  }

  /** The handler threw a MineRuleViolation of this rule. */
  static Matcher<Object> violates(Rule rule) {
    return Matchers.matches(e -> e instanceof MineRuleViolation v && v.rule() == rule);
  }

  static Matcher<Object> refusedWhile(ProductionStatus status, MineAction attempted) {
    return Matchers.matches(
        e -> e instanceof MineTransitionRefused r && r.status() == status && r.attempted() == attempted
            && r.allowedCommands().equals(Mine.allowedIn(status)));
  }

  @Nested
  class Register {

    @Test
    void register_withAllFields_isRegisteredAndOperating() {
      fixture.givenNoPriorActivity()
          .when(register())
          .expectSuccessfulHandlerExecution()
          .expectEvents(registered())
          .expectState(m -> {
            assertThat(m.mineId()).isEqualTo(MINE);
            assertThat(m.status()).isEqualTo(ProductionStatus.OPERATING);
            assertThat(m.facts()).isEqualTo(OPEN_PIT_FACTS);
            assertThat(m.stoppingOrders()).isEmpty();
          });
    }

    @Test
    void register_withNoFactsKnown_isRegistered() {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.facts(MineFacts.NONE)))
          .expectEvents(registered(MineType.OPEN_PIT, MineFacts.NONE));
    }

    static Stream<Arguments> requiredFields() {
      return Stream.of(
          Arguments.of("mineId", (UnaryOperator<Fields>) f -> f.mineId(" ")),
          Arguments.of("name", (UnaryOperator<Fields>) f -> f.name(null)),
          Arguments.of("enterpriseId", (UnaryOperator<Fields>) f -> f.enterpriseId("")),
          Arguments.of("enterpriseName", (UnaryOperator<Fields>) f -> f.enterpriseName("  ")),
          Arguments.of("townCode", (UnaryOperator<Fields>) f -> f.townCode(null)),
          Arguments.of("type", (UnaryOperator<Fields>) f -> f.type(null)),
          Arguments.of("facts", (UnaryOperator<Fields>) f -> f.facts(null)));
    }

    @ParameterizedTest(name = "register_whenMissing_{0}_isRejected")
    @MethodSource("requiredFields")
    void register_whenRequiredFieldMissing_isRejected(String field, UnaryOperator<Fields> change) {
      fixture.givenNoPriorActivity()
          .when(register(change))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
          .expectExceptionMessage(field + " is required.");
    }

    @Test
    void register_whenNameHas200Characters_isRegistered() {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.name("矿".repeat(Mine.NAME_MAX_LENGTH)).enterpriseName("企".repeat(Mine.NAME_MAX_LENGTH))))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void register_whenNameLongerThan200Characters_isRejected() {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.name("矿".repeat(Mine.NAME_MAX_LENGTH + 1))))
          .expectNoEvents()
          .expectException(violates(Rule.NAME_TOO_LONG));
    }

    @Test
    void register_whenEnterpriseNameLongerThan200Characters_isRejected() {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.enterpriseName("企".repeat(Mine.NAME_MAX_LENGTH + 1))))
          .expectNoEvents()
          .expectException(violates(Rule.NAME_TOO_LONG));
    }

    @Test
    void register_whenTailingsPondWithPondFacts_isRegistered() {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.type(MineType.TAILINGS_POND).facts(POND_FACTS)))
          .expectEvents(registered(MineType.TAILINGS_POND, POND_FACTS));
    }

    @ParameterizedTest(name = "register_whenPondFactsOn_{0}_isRejected")
    @EnumSource(value = MineType.class, names = {"UNDERGROUND", "OPEN_PIT", "OTHER"})
    void register_whenTailingsFactsOnAnotherType_isRejected(MineType type) {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.type(type).facts(POND_FACTS)))
          .expectNoEvents()
          .expectException(violates(Rule.TAILINGS_FACTS_NOT_APPLICABLE));
    }

    @ParameterizedTest(name = "register_whenSlopeFactsOn_{0}_isRejected")
    @EnumSource(value = MineType.class, names = {"UNDERGROUND", "TAILINGS_POND"})
    void register_whenSlopeFactsOnUndergroundOrPond_isRejected(MineType type) {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.type(type).facts(OPEN_PIT_FACTS)))
          .expectNoEvents()
          .expectException(violates(Rule.SLOPE_FACTS_NOT_APPLICABLE));
    }

    @Test
    void register_whenSlopeFactsOnOther_isRegistered() {
      fixture.givenNoPriorActivity()
          .when(register(f -> f.type(MineType.OTHER)))
          .expectEvents(registered(MineType.OTHER, OPEN_PIT_FACTS));
    }

    @Test
    void register_whenOnlyOtherFactsOnUnderground_isRegistered() {
      MineFacts facts = new MineFacts(null, null, null, null, null, null, null, Map.of("safetyExitCount", 1));
      fixture.givenNoPriorActivity()
          .when(register(f -> f.type(MineType.UNDERGROUND).facts(facts)))
          .expectEvents(registered(MineType.UNDERGROUND, facts));
    }
  }

  @Nested
  class UpdateFacts {

    static final MineFacts HIGHER = new MineFacts(230.0, true, true, true, false, null, null, Map.of());

    @Test
    void updateFacts_whenOperating_replacesTheFacts() {
      fixture.given(registered())
          .when(new UpdateMineFactsCommand(MINE, null, HIGHER))
          .expectEvents(new MineFactsUpdatedEvent(MINE, HIGHER))
          .expectState(m -> assertThat(m.facts()).isEqualTo(HIGHER));
    }

    @Test
    void updateFacts_whenStoppedByOrder_replacesTheFacts() {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new UpdateMineFactsCommand(MINE, null, HIGHER))
          .expectEvents(new MineFactsUpdatedEvent(MINE, HIGHER))
          .expectState(m -> assertThat(m.status()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER));
    }

    @Test
    void updateFacts_whenUnchanged_storesNothing() {
      MineFacts same = new MineFacts(210.0, false, true, null, null, null, null, Map.of("benchCount", 14L));
      fixture.given(registered())
          .when(new UpdateMineFactsCommand(MINE, null, same))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void updateFacts_whenClosed_isRefused() {
      fixture.given(registered(), new MineClosedEvent(MINE, "licence expired"))
          .when(new UpdateMineFactsCommand(MINE, null, HIGHER))
          .expectNoEvents()
          .expectException(refusedWhile(ProductionStatus.CLOSED, MineAction.UPDATE_MINE_FACTS));
    }

    @Test
    void updateFacts_whenFactsMissing_isRejected() {
      fixture.given(registered())
          .when(new UpdateMineFactsCommand(MINE, null, null))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void updateFacts_whenTailingsFactsOnOpenPit_isRejected() {
      fixture.given(registered())
          .when(new UpdateMineFactsCommand(MINE, null, POND_FACTS))
          .expectNoEvents()
          .expectException(violates(Rule.TAILINGS_FACTS_NOT_APPLICABLE));
    }

    @Test
    void updateFacts_whenSlopeFactsOnTailingsPond_isRejected() {
      fixture.given(registered(MineType.TAILINGS_POND, POND_FACTS))
          .when(new UpdateMineFactsCommand(MINE, null, HIGHER))
          .expectNoEvents()
          .expectException(violates(Rule.SLOPE_FACTS_NOT_APPLICABLE));
    }

    @Test
    void updateFacts_whenExpectedVersionIsCurrent_replacesTheFacts() {
      fixture.given(registered(), new MineFactsUpdatedEvent(MINE, MineFacts.NONE))
          .when(new UpdateMineFactsCommand(MINE, 1L, HIGHER))
          .expectEvents(new MineFactsUpdatedEvent(MINE, HIGHER));
    }
  }

  @Nested
  class Close {

    @Test
    void close_whenOperating_isClosed() {
      fixture.given(registered())
          .when(new CloseMineCommand(MINE, null, "Mining licence expired."))
          .expectEvents(new MineClosedEvent(MINE, "Mining licence expired."))
          .expectState(m -> assertThat(m.status()).isEqualTo(ProductionStatus.CLOSED));
    }

    @Test
    void close_whenStoppedByOrder_isClosed() {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new CloseMineCommand(MINE, null, "Closed instead of rectified (关闭取缔)."))
          .expectEvents(new MineClosedEvent(MINE, "Closed instead of rectified (关闭取缔)."))
          .expectState(m -> assertThat(m.status()).isEqualTo(ProductionStatus.CLOSED));
    }

    @Test
    void close_whenClosed_isRefused() {
      fixture.given(registered(), new MineClosedEvent(MINE, "first"))
          .when(new CloseMineCommand(MINE, null, "again"))
          .expectNoEvents()
          .expectException(refusedWhile(ProductionStatus.CLOSED, MineAction.CLOSE_MINE));
    }

    @Test
    void close_withoutReason_isRejected() {
      fixture.given(registered())
          .when(new CloseMineCommand(MINE, null, " "))
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING))
          .expectExceptionMessage("reason is required.");
    }
  }

  @Nested
  class StopByOrder {

    @ParameterizedTest(name = "stop_by_{0}_stopsTheMine")
    @EnumSource(value = Role.class, names = {"SERVICE", "DISTRICT_AGENCY", "TOWN_AGENCY"})
    void stop_byServiceOrAgency_stopsTheMine(Role role) {
      fixture.given(registered())
          .when(new StopMineByOrderCommand(MINE, "order-1"), Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
          .expectEvents(new MineStoppedByOrderEvent(MINE, "order-1"))
          .expectState(m -> {
            assertThat(m.status()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
            assertThat(m.stoppingOrders()).containsExactly("order-1");
          });
    }

    @ParameterizedTest(name = "stop_by_{0}_isRejected")
    @EnumSource(value = Role.class, names = {"ENTERPRISE", "SUPERIOR_COMPANY", "AUDITOR", "ADMIN"})
    void stop_byAnyoneElse_isRejected(Role role) {
      fixture.given(registered())
          .when(new StopMineByOrderCommand(MINE, "order-1"), Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_ORDERING_AUTHORITY));
    }

    @Test
    void stop_withoutActorRole_isRejected() {
      fixture.given(registered())
          .when(new StopMineByOrderCommand(MINE, "order-1"))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_ORDERING_AUTHORITY));
    }

    @Test
    void stop_withoutOrderId_isRejected() {
      fixture.given(registered())
          .when(new StopMineByOrderCommand(MINE, ""), BY_SERVICE)
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void stop_whenClosed_isRefused() {
      fixture.given(registered(), new MineClosedEvent(MINE, "closed"))
          .when(new StopMineByOrderCommand(MINE, "order-1"), BY_SERVICE)
          .expectNoEvents()
          .expectException(refusedWhile(ProductionStatus.CLOSED, MineAction.STOP_MINE_BY_ORDER));
    }

    @Test
    void stop_bySameOrderAgain_storesNothing() {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new StopMineByOrderCommand(MINE, "order-1"), BY_SERVICE)
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void stop_bySecondOrder_isRecorded_andTheMineStaysStopped() {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new StopMineByOrderCommand(MINE, "order-2"), BY_SERVICE)
          .expectEvents(new MineStoppedByOrderEvent(MINE, "order-2"))
          .expectState(m -> {
            assertThat(m.status()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
            assertThat(m.stoppingOrders()).containsExactlyInAnyOrder("order-1", "order-2");
          });
    }

    @Test
    void stop_byAnOrderLiftedAlready_storesNothing() {
      fixture.given(
              registered(),
              new MineStoppedByOrderEvent(MINE, "order-1"),
              new MineResumedEvent(MINE, "order-1", ProductionStatus.OPERATING))
          .when(new StopMineByOrderCommand(MINE, "order-1"), BY_SERVICE)
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectState(m -> assertThat(m.status()).isEqualTo(ProductionStatus.OPERATING));
    }
  }

  @Nested
  class Resume {

    @ParameterizedTest(name = "resume_by_{0}_operatesAgain")
    @EnumSource(value = Role.class, names = {"SERVICE", "DISTRICT_AGENCY", "TOWN_AGENCY"})
    void resume_whenStoppedOnlyByThatOrder_operatesAgain(Role role) {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new ResumeMineCommand(MINE, "order-1"), Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
          .expectEvents(new MineResumedEvent(MINE, "order-1", ProductionStatus.OPERATING))
          .expectState(m -> {
            assertThat(m.status()).isEqualTo(ProductionStatus.OPERATING);
            assertThat(m.stoppingOrders()).isEmpty();
          });
    }

    @Test
    void resume_whenAnotherOrderStillStops_staysStopped() {
      fixture.given(
              registered(),
              new MineStoppedByOrderEvent(MINE, "order-1"),
              new MineStoppedByOrderEvent(MINE, "order-2"))
          .when(new ResumeMineCommand(MINE, "order-1"), BY_SERVICE)
          .expectEvents(new MineResumedEvent(MINE, "order-1", ProductionStatus.STOPPED_BY_ORDER))
          .expectState(m -> {
            assertThat(m.status()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
            assertThat(m.stoppingOrders()).containsExactly("order-2");
          });
    }

    @Test
    void resume_whenTheLastStoppingOrderIsLifted_operatesAgain() {
      fixture.given(
              registered(),
              new MineStoppedByOrderEvent(MINE, "order-1"),
              new MineStoppedByOrderEvent(MINE, "order-2"),
              new MineResumedEvent(MINE, "order-1", ProductionStatus.STOPPED_BY_ORDER))
          .when(new ResumeMineCommand(MINE, "order-2"), BY_SERVICE)
          .expectEvents(new MineResumedEvent(MINE, "order-2", ProductionStatus.OPERATING));
    }

    @ParameterizedTest(name = "resume_by_{0}_isRejected")
    @EnumSource(value = Role.class, names = {"ENTERPRISE", "SUPERIOR_COMPANY", "AUDITOR", "ADMIN"})
    void resume_byAnyoneElse_isRejected(Role role) {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new ResumeMineCommand(MINE, "order-1"), Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
          .expectNoEvents()
          .expectException(violates(Rule.NOT_AN_ORDERING_AUTHORITY));
    }

    @Test
    void resume_withoutOrderId_isRejected() {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new ResumeMineCommand(MINE, null), BY_SERVICE)
          .expectNoEvents()
          .expectException(violates(Rule.REQUIRED_FIELD_MISSING));
    }

    @Test
    void resume_whenOperating_isRefused() {
      fixture.given(registered())
          .when(new ResumeMineCommand(MINE, "order-1"), BY_SERVICE)
          .expectNoEvents()
          .expectException(refusedWhile(ProductionStatus.OPERATING, MineAction.RESUME_MINE));
    }

    @Test
    void resume_underAnOrderThatDoesNotStopTheMine_isRejected() {
      fixture.given(registered(), new MineStoppedByOrderEvent(MINE, "order-1"))
          .when(new ResumeMineCommand(MINE, "order-9"), BY_SERVICE)
          .expectNoEvents()
          .expectException(violates(Rule.ORDER_DOES_NOT_STOP_MINE));
    }

    @Test
    void resume_underAnOrderLiftedAlready_storesNothing() {
      fixture.given(
              registered(),
              new MineStoppedByOrderEvent(MINE, "order-1"),
              new MineResumedEvent(MINE, "order-1", ProductionStatus.OPERATING))
          .when(new ResumeMineCommand(MINE, "order-1"), BY_SERVICE)
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void resume_whenClosed_isRefused() {
      fixture.given(
              registered(),
              new MineStoppedByOrderEvent(MINE, "order-1"),
              new MineClosedEvent(MINE, "closed"))
          .when(new ResumeMineCommand(MINE, "order-1"), BY_SERVICE)
          .expectNoEvents()
          .expectException(refusedWhile(ProductionStatus.CLOSED, MineAction.RESUME_MINE));
    }
  }

  @Test
  void allowedCommands_followTheProductionStatus() {
    assertThat(Mine.allowedIn(ProductionStatus.OPERATING))
        .containsExactly(MineAction.UPDATE_MINE_FACTS, MineAction.CLOSE_MINE, MineAction.STOP_MINE_BY_ORDER);
    assertThat(Mine.allowedIn(ProductionStatus.STOPPED_BY_ORDER))
        .containsExactly(
            MineAction.UPDATE_MINE_FACTS, MineAction.CLOSE_MINE, MineAction.STOP_MINE_BY_ORDER,
            MineAction.RESUME_MINE);
    assertThat(Mine.allowedIn(ProductionStatus.CLOSED)).isEmpty();
  }

  @Test
  void theRoleTheMineReads_isTheOneTheServiceStamps() {
    assertThat(Mine.ACTOR_ROLE).isEqualTo(MetadataKeys.ACTOR_ROLE);
    assertThat(Mine.ORDERING_ROLES).isEqualTo(Set.of(Role.SERVICE, Role.DISTRICT_AGENCY, Role.TOWN_AGENCY));
  }

  /** A mutable copy of a registration's fields, for tests that change one of them. */
  static final class Fields {
    String mineId, name, enterpriseId, enterpriseName, townCode;
    MineType type;
    MineFacts facts;

    static Fields of(RegisterMineCommand c) {
      Fields f = new Fields();
      f.mineId = c.mineId();
      f.name = c.name();
      f.enterpriseId = c.enterpriseId();
      f.enterpriseName = c.enterpriseName();
      f.townCode = c.townCode();
      f.type = c.type();
      f.facts = c.facts();
      return f;
    }

    Fields mineId(String v) { mineId = v; return this; }
    Fields name(String v) { name = v; return this; }
    Fields enterpriseId(String v) { enterpriseId = v; return this; }
    Fields enterpriseName(String v) { enterpriseName = v; return this; }
    Fields townCode(String v) { townCode = v; return this; }
    Fields type(MineType v) { type = v; return this; }
    Fields facts(MineFacts v) { facts = v; return this; }
  }
}
