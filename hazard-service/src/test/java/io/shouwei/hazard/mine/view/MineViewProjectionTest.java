package io.shouwei.hazard.mine.view;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The view as a plain object over the migrated schema (H2 in PostgreSQL mode, as in local runs). */
class MineViewProjectionTest {

  static final Instant T0 = Instant.parse("2026-03-02T01:20:00.123Z");
  static final MineFacts FACTS = new MineFacts(210.5, false, true, null, null, null, null, Map.of("benchCount", 14));
  static final MineRegisteredEvent REGISTERED =
      new MineRegisteredEvent("m-1", "北山露天采石场", "ent-3", "Beishan Co.", "310115101", MineType.OPEN_PIT, FACTS);

  JdbcTemplate jdbc;
  MineViewProjection projection;
  MineViews views;

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    projection = new MineViewProjection(jdbc);
    views = new MineViews(jdbc);
  }

  void register() {
    projection.on(REGISTERED, 0, T0, "inspector-li", "TOWN_AGENCY", "town-office-101");
  }

  MineView mine() {
    return views.find("m-1").orElseThrow();
  }

  @Test
  void registered_showsTheMineOperating_withItsFacts() {
    register();

    assertThat(views.find("m-1")).contains(
        new MineView("m-1", "北山露天采石场", "ent-3", "Beishan Co.", "310115101", MineType.OPEN_PIT, FACTS,
            ProductionStatus.OPERATING, java.util.List.of(), null, T0, T0, 0,
            new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101")));
  }

  @Test
  void registeredTwice_changesNothing() {
    register();
    projection.on(REGISTERED, 0, T0.plusSeconds(5), "someone-else", "ADMIN", null);

    assertThat(jdbc.queryForObject("SELECT count(*) FROM mine_view", Long.class)).isOne();
    assertThat(mine().registeredBy().userId()).isEqualTo("inspector-li");
  }

  @Test
  void factsUpdated_replacesTheFacts_andAdvancesTheVersion() {
    register();
    MineFacts higher = new MineFacts(230.0, true, true, null, null, null, null, Map.of());

    projection.on(new MineFactsUpdatedEvent("m-1", higher), 1, T0.plusSeconds(60));

    assertThat(mine().facts()).isEqualTo(higher);
    assertThat(mine().version()).isEqualTo(1);
    assertThat(mine().changedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(mine().registeredAt()).isEqualTo(T0);
  }

  @Test
  void aRedeliveredOrEarlyEvent_changesNothing() {
    register();
    MineFacts first = new MineFacts(220.0, null, null, null, null, null, null, Map.of());
    projection.on(new MineFactsUpdatedEvent("m-1", first), 1, T0.plusSeconds(1));

    projection.on(new MineFactsUpdatedEvent("m-1", MineFacts.NONE), 1, T0.plusSeconds(2));
    projection.on(new MineClosedEvent("m-1", "early"), 3, T0.plusSeconds(3));
    projection.on(new MineStoppedByOrderEvent("m-1", "order-0"), 1, T0.plusSeconds(4));

    assertThat(mine().facts()).isEqualTo(first);
    assertThat(mine().version()).isEqualTo(1);
    assertThat(mine().productionStatus()).isEqualTo(ProductionStatus.OPERATING);
    assertThat(mine().stoppedByOrderIds()).isEmpty();
  }

  @Test
  void stopsAndResumptions_trackTheStoppingOrders() {
    register();

    projection.on(new MineStoppedByOrderEvent("m-1", "order-1"), 1, T0.plusSeconds(1));
    projection.on(new MineStoppedByOrderEvent("m-1", "order-2"), 2, T0.plusSeconds(2));
    assertThat(mine().productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(mine().stoppedByOrderIds()).containsExactly("order-1", "order-2");

    projection.on(new MineResumedEvent("m-1", "order-1", ProductionStatus.STOPPED_BY_ORDER), 3, T0.plusSeconds(3));
    assertThat(mine().productionStatus()).isEqualTo(ProductionStatus.STOPPED_BY_ORDER);
    assertThat(mine().stoppedByOrderIds()).containsExactly("order-2");

    projection.on(new MineResumedEvent("m-1", "order-2", ProductionStatus.OPERATING), 4, T0.plusSeconds(4));
    assertThat(mine().productionStatus()).isEqualTo(ProductionStatus.OPERATING);
    assertThat(mine().stoppedByOrderIds()).isEmpty();
    assertThat(mine().version()).isEqualTo(4);
  }

  @Test
  void closed_showsTheReason() {
    register();

    projection.on(new MineClosedEvent("m-1", "Licence expired."), 1, T0.plusSeconds(9));

    assertThat(mine().productionStatus()).isEqualTo(ProductionStatus.CLOSED);
    assertThat(mine().closureReason()).isEqualTo("Licence expired.");
    assertThat(mine().version()).isEqualTo(1);
  }

  @Test
  void unknownMine_isEmpty() {
    assertThat(views.find("nope")).isEmpty();
  }
}
