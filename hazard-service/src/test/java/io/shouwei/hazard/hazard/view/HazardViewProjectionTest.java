package io.shouwei.hazard.hazard.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The view as a plain object over the migrated schema (H2 in PostgreSQL mode, as in local runs). */
class HazardViewProjectionTest {

  JdbcTemplate jdbc;
  HazardViewProjection projection;
  HazardViews views;

  static final HazardReportedEvent REPORTED =
      new HazardReportedEvent("h-1", "mine-7", "ent-3", "310115101", null, HazardSource.SELF_INSPECTION,
          "SLOPE", "北帮裂缝", "A crack.", "Bench 4", Instant.parse("2025-05-11T02:15:00.123Z"),
          Instant.parse("2025-05-12T06:30:00.456Z"));

  @BeforeEach
  void setUp() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    projection = new HazardViewProjection(jdbc);
    views = new HazardViews(jdbc);
  }

  @Test
  void reported_showsTheHazardAsReported() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");

    assertThat(views.find("h-1")).contains(
        new HazardView("h-1", "mine-7", "ent-3", "310115101", null, HazardSource.SELF_INSPECTION, "SLOPE",
            "北帮裂缝", "A crack.", "Bench 4", REPORTED.discoveredAt(), REPORTED.reportedAt(),
            HazardStatus.REPORTED, 0, new Actor("safety-ent-3", Role.ENTERPRISE, "ent-3")));
  }

  @Test
  void reportedTwice_changesNothing() {
    projection.on(REPORTED, 0, "safety-ent-3", "ENTERPRISE", "ent-3");
    projection.on(REPORTED, 0, "someone-else", "ADMIN", null);

    assertThat(jdbc.queryForObject("SELECT count(*) FROM hazard_view", Long.class)).isOne();
    assertThat(views.find("h-1")).hasValueSatisfying(v -> assertThat(v.reportedBy().userId()).isEqualTo("safety-ent-3"));
  }

  @Test
  void unknownHazard_isEmpty() {
    assertThat(views.find("nope")).isEmpty();
  }
}
