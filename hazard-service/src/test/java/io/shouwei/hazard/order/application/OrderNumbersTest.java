package io.shouwei.hazard.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Order numbers per town and year of issue in China Standard Time, over the migrated schema (H2). */
class OrderNumbersTest {

  @Test
  void numbers_countPerTownAndYear_inChinaStandardTime() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    OrderNumbers numbers = new OrderNumbers(new JdbcTemplate(h2), new DataSourceTransactionManager(h2));
    Instant newYearsEveUtc = Instant.parse("2025-12-31T16:30:00Z");

    assertThat(numbers.next("310115101", Instant.parse("2025-12-31T15:59:59Z"))).isEqualTo("ZL-310115101-2025-0001");
    assertThat(numbers.next("310115101", newYearsEveUtc)).as("already 2026 in Shanghai").isEqualTo("ZL-310115101-2026-0001");
    assertThat(numbers.next("310115101", newYearsEveUtc)).isEqualTo("ZL-310115101-2026-0002");
    assertThat(numbers.next("310115102", newYearsEveUtc)).isEqualTo("ZL-310115102-2026-0001");
    assertThat(OrderNumbers.format("310115101", 2026, 12345)).isEqualTo("ZL-310115101-2026-12345");
  }
}
