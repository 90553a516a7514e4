package io.shouwei.hazard.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations of the PostgreSQL layout also make a working store on H2 in PostgreSQL mode. */
class EventStoreMigrationH2Test {

  @Test
  void migrationsOnH2_makeAWorkingAxonStore() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");

    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

    assertThat(new JdbcTemplate(h2).queryForList(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class))
        .contains("domainevententry", "snapshotevententry", "tokenentry", "hazard_view");
    EventStoreRoundTrip.verify(h2);
  }
}
