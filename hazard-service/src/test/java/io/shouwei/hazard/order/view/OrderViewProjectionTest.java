package io.shouwei.hazard.order.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.order.OrderStatus;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import io.shouwei.hazard.order.view.OrderView.Closure;
import io.shouwei.hazard.order.view.OrderView.Resumption;
import io.shouwei.hazard.order.view.OrderView.StopEffect;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The view as a plain object over the migrated schema (H2 in PostgreSQL mode, as in local runs). */
class OrderViewProjectionTest {

  static final Instant T0 = Instant.parse("2026-03-02T01:20:00.123Z");
  static final Instant DEADLINE = Instant.parse("2026-04-30T10:00:00Z");
  static final Instant ACK_DEADLINE = T0.plusSeconds(86_400);
  static final Actor INSPECTOR = new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101");
  static final Actor ENTERPRISE = new Actor("safety-ent-3", Role.ENTERPRISE, "ent-3");
  static final Actor BUREAU = new Actor("bureau-chen", Role.DISTRICT_AGENCY, "district-bureau");

  JdbcTemplate jdbc;
  OrderViewProjection projection;
  OrderViews views;

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    projection = new OrderViewProjection(jdbc);
    views = new OrderViews(jdbc);
  }

  static OrderIssuedEvent issued(String id, OrderType type, String mine, String enterprise, String town) {
    return new OrderIssuedEvent(
        id, "ZL-" + town + "-2026-0001", mine, enterprise, town, type, List.of("hz-1", "hz-2"), DEADLINE,
        "《安全生产法》第六十五条", "shouweizhan-2026", type == OrderType.STOP_PRODUCTION ? ACK_DEADLINE : null, T0);
  }

  void store(String id, long sequence, Object event, Actor by) {
    store(AggregateTypes.ORDER, id, sequence, event, by);
  }

  void store(String aggregateType, String id, long sequence, Object event, Actor by) {
    projection.on(event, new GenericDomainEventMessage<>(
        aggregateType, id, sequence, event,
        Map.of(MetadataKeys.ACTOR_USER_ID, by.userId(), MetadataKeys.ACTOR_ROLE, by.role().name(),
            MetadataKeys.ACTOR_ORG, by.orgId()),
        UUID.randomUUID().toString(), T0.plusSeconds(sequence)));
  }

  OrderView order() {
    return views.find("o-1").orElseThrow();
  }

  void issueStop() {
    store("o-1", 0, issued("o-1", OrderType.STOP_PRODUCTION, "m-1", "ent-3", "310115101"), INSPECTOR);
  }

  @Test
  void issued_showsTheOrderIssued_withItsCitedHazardsAndIssuer() {
    issueStop();

    assertThat(order()).isEqualTo(new OrderView(
        "o-1", "ZL-310115101-2026-0001", "m-1", "ent-3", "310115101", OrderType.STOP_PRODUCTION, OrderStatus.ISSUED,
        List.of("hz-1", "hz-2"), DEADLINE, "《安全生产法》第六十五条", "shouweizhan-2026", ACK_DEADLINE, T0, INSPECTOR,
        null, null, null, null, T0, 0));
  }

  @Test
  void issuedTwice_changesNothing() {
    issueStop();
    store("o-1", 0, issued("o-1", OrderType.RECTIFY_WITHIN_DEADLINE, "m-2", "ent-4", "310115102"), BUREAU);

    assertThat(jdbc.queryForObject("SELECT count(*) FROM order_view", Long.class)).isOne();
    assertThat(order().type()).isEqualTo(OrderType.STOP_PRODUCTION);
    assertThat(order().issuedBy()).isEqualTo(INSPECTOR);
  }

  @Test
  void theResumptionPath_isShownStepByStep() {
    issueStop();
    store("o-1", 1, new OrderAcknowledgedEvent("o-1", T0.plusSeconds(60)), ENTERPRISE);
    assertThat(order().status()).isEqualTo(OrderStatus.ISSUED);
    assertThat(order().acknowledgedAt()).isEqualTo(T0.plusSeconds(60));

    store("o-1", 2, new StopTookEffectEvent("o-1", "m-1", StopCause.ACKNOWLEDGED, T0.plusSeconds(60)), ENTERPRISE);
    assertThat(order().status()).isEqualTo(OrderStatus.IN_FORCE);
    assertThat(order().stopEffect()).isEqualTo(new StopEffect(StopCause.ACKNOWLEDGED, T0.plusSeconds(60)));

    store("o-1", 3, new ResumptionAppliedEvent("o-1", 1, "doc://r1", "doc://a1", T0.plusSeconds(120)), ENTERPRISE);
    assertThat(order().status()).isEqualTo(OrderStatus.RESUMPTION_APPLIED);
    assertThat(order().resumption()).isEqualTo(
        new Resumption(1, "doc://r1", "doc://a1", T0.plusSeconds(120), null, null, null, null, null));

    store("o-1", 4, new ResumptionReviewedEvent("o-1", ReviewOutcome.FAIL, "Drainage", T0.plusSeconds(180)),
        INSPECTOR);
    assertThat(order().status()).isEqualTo(OrderStatus.IN_FORCE);
    assertThat(order().resumption().reviewOutcome()).isEqualTo(ReviewOutcome.FAIL);
    assertThat(order().resumption().reviewFindings()).isEqualTo("Drainage");

    store("o-1", 5, new ResumptionAppliedEvent("o-1", 2, "doc://r2", "doc://a2", T0.plusSeconds(240)), ENTERPRISE);
    assertThat(order().resumption()).as("a new application starts without the old review").isEqualTo(
        new Resumption(2, "doc://r2", "doc://a2", T0.plusSeconds(240), null, null, null, null, null));

    store("o-1", 6, new ResumptionReviewedEvent("o-1", ReviewOutcome.PASS, null, T0.plusSeconds(300)), INSPECTOR);
    assertThat(order().status()).isEqualTo(OrderStatus.RESUMPTION_REVIEWED);

    store("o-1", 7, new ResumptionRejectedEvent("o-1", "Report unsigned", T0.plusSeconds(360)), BUREAU);
    assertThat(order().status()).isEqualTo(OrderStatus.IN_FORCE);
    assertThat(order().resumption()).isEqualTo(new Resumption(
        2, "doc://r2", "doc://a2", T0.plusSeconds(240), ReviewOutcome.PASS, null, T0.plusSeconds(300),
        "Report unsigned", T0.plusSeconds(360)));

    store("o-1", 8, new ResumptionAppliedEvent("o-1", 3, "doc://r3", "doc://a3", T0.plusSeconds(420)), ENTERPRISE);
    store("o-1", 9, new ResumptionReviewedEvent("o-1", ReviewOutcome.PASS, null, T0.plusSeconds(480)), INSPECTOR);
    store("o-1", 10, new OrderLiftedEvent("o-1", "m-1", "Inspected", T0.plusSeconds(540)), BUREAU);
    assertThat(order().status()).isEqualTo(OrderStatus.LIFTED);
    assertThat(order().closure()).isEqualTo(new Closure(BUREAU, "Inspected", T0.plusSeconds(540)));
    assertThat(order().version()).isEqualTo(10);
    assertThat(order().changedAt()).isEqualTo(T0.plusSeconds(10));
  }

  @Test
  void aRectifyOrder_isAcknowledged_thenFulfilled() {
    store("o-1", 0, issued("o-1", OrderType.RECTIFY_WITHIN_DEADLINE, "m-1", "ent-3", "310115101"), INSPECTOR);
    store("o-1", 1, new OrderAcknowledgedEvent("o-1", T0), ENTERPRISE);
    assertThat(order().status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(order().acknowledgementDeadline()).isNull();

    store("o-1", 2, new OrderFulfilledEvent("o-1", null, T0.plusSeconds(60)), INSPECTOR);
    assertThat(order().status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(order().closure()).isEqualTo(new Closure(INSPECTOR, null, T0.plusSeconds(60)));
  }

  @Test
  void aRedeliveredOrEarlyEvent_changesNothing() {
    issueStop();
    store("o-1", 1, new OrderAcknowledgedEvent("o-1", T0), ENTERPRISE);

    store("o-1", 1, new OrderAcknowledgedEvent("o-1", T0.plusSeconds(9)), ENTERPRISE);
    store("o-1", 3, new ResumptionAppliedEvent("o-1", 1, "r", "a", T0), ENTERPRISE);
    store("o-2", 1, new OrderAcknowledgedEvent("o-2", T0), ENTERPRISE);

    assertThat(order().acknowledgedAt()).isEqualTo(T0);
    assertThat(order().version()).isEqualTo(1);
    assertThat(order().resumption()).isNull();
    assertThat(views.find("o-2")).isEmpty();
  }

  @Test
  void eventsOfOtherAggregates_passBy() {
    issueStop();
    store(AggregateTypes.MINE, "m-1", 1, new MineClosedEvent("m-1", "Licence expired."), INSPECTOR);

    assertThat(order().version()).isZero();
  }

  @Test
  void list_filtersByMineEnterpriseAndTowns_newestFirst() {
    issueStop();
    projection.on(issued("o-2", OrderType.RECTIFY_WITHIN_DEADLINE, "m-2", "ent-4", "310115102"),
        new GenericDomainEventMessage<>(AggregateTypes.ORDER, "o-2", 0,
            issued("o-2", OrderType.RECTIFY_WITHIN_DEADLINE, "m-2", "ent-4", "310115102"),
            Map.of(MetadataKeys.ACTOR_USER_ID, "bureau-chen", MetadataKeys.ACTOR_ROLE, "DISTRICT_AGENCY")));

    assertThat(views.list(null, null, null)).extracting(OrderView::id).containsExactlyInAnyOrder("o-1", "o-2");
    assertThat(views.list("m-1", null, null)).extracting(OrderView::id).containsExactly("o-1");
    assertThat(views.list(null, Set.of("ent-4"), null)).extracting(OrderView::id).containsExactly("o-2");
    assertThat(views.list(null, null, Set.of("310115102", "310115199"))).extracting(OrderView::id)
        .containsExactly("o-2");
    assertThat(views.list(null, null, Set.of())).isEmpty();
    assertThat(views.list(null, Set.of(), null)).isEmpty();
    assertThat(views.list(null, Set.of("ent-4", "ent-9"), null)).extracting(OrderView::id).containsExactly("o-2");
    assertThat(views.list("m-1", Set.of("ent-4"), null)).isEmpty();
  }

  @Test
  void unacknowledgedStopsDueBy_listsIssuedStopOrdersWhoseDeadlinePassed_only() {
    issueStop();
    store("o-2", 0, issued("o-2", OrderType.STOP_PRODUCTION, "m-1", "ent-3", "310115101"), INSPECTOR);
    store("o-2", 1, new OrderAcknowledgedEvent("o-2", T0), ENTERPRISE);
    store("o-2", 2, new StopTookEffectEvent("o-2", "m-1", StopCause.ACKNOWLEDGED, T0), ENTERPRISE);
    store("o-3", 0, issued("o-3", OrderType.RECTIFY_WITHIN_DEADLINE, "m-1", "ent-3", "310115101"), INSPECTOR);

    assertThat(views.unacknowledgedStopsDueBy(ACK_DEADLINE.minusMillis(1))).isEmpty();
    assertThat(views.unacknowledgedStopsDueBy(ACK_DEADLINE)).containsExactly("o-1");
    assertThat(views.unacknowledgedStopsDueBy(ACK_DEADLINE.plusSeconds(3600))).containsExactly("o-1");
  }
}
