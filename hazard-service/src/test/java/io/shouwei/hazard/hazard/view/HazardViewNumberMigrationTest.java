package io.shouwei.hazard.hazard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A view row of a hazard reported before numbers existed gets, on migration, the number its
 * upcasted report carries, so that the view and a replay of the events agree.
 */
class HazardViewNumberMigrationTest {

  @Test
  void aHazardOfBeforeNumbers_isNumberedLikeItsUpcastedReport() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("3").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(h2);
    jdbc.update(
        """
        INSERT INTO hazard_view (id, mine_id, enterprise_id, town_code, source, category, title, description,
                                 location, discovered_at, reported_at, status, version, reported_by_user_id,
                                 reported_by_role)
        VALUES ('h-old', 'mine-7', 'ent-3', '310115101', 'SPOT_CHECK', 'SLOPE', 't', 'd', 'l',
                TIMESTAMP WITH TIME ZONE '2025-05-11 02:15:00+00', TIMESTAMP WITH TIME ZONE '2025-05-12 06:30:00+00',
                'REPORTED', 0, 'inspector-li', 'TOWN_AGENCY')
        """);

    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

    HazardView view = new HazardViews(jdbc).find("h-old").orElseThrow();
    assertThat(view.number()).isEqualTo("YH-LEGACY-h-old");
    assertThat(view.citedCriteria()).isEmpty();
    jdbc.execute("SHUTDOWN");
  }
}
