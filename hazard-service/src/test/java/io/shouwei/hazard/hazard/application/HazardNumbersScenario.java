package io.shouwei.hazard.hazard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What {@link HazardNumbers} must do on any database the service runs on: run against PostgreSQL by
 * {@code HazardNumbersIT}, against H2 in PostgreSQL mode by {@code HazardNumbersTest}.
 */
final class HazardNumbersScenario implements AutoCloseable {

  static final int THREADS = 8;
  static final int DRAWS_PER_THREAD = 15;

  final HikariDataSource dataSource;
  final HazardNumbers numbers;

  HazardNumbersScenario(String jdbcUrl, String username, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(username);
    config.setPassword(password);
    config.setMaximumPoolSize(THREADS);
    dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    numbers = new HazardNumbers(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
  }

  /** Numbers count from 0001 per town and per year of reporting in China Standard Time. */
  void numbersCountPerTownAndYear() {
    Instant lateIn2025 = Instant.parse("2025-12-31T15:59:59Z");
    Instant early2026InShanghai = Instant.parse("2025-12-31T16:00:00Z");

    assertThat(numbers.next("310115101", lateIn2025)).isEqualTo("YH-310115101-2025-0001");
    assertThat(numbers.next("310115101", lateIn2025)).isEqualTo("YH-310115101-2025-0002");
    assertThat(numbers.next("310115102", lateIn2025)).isEqualTo("YH-310115102-2025-0001");
    assertThat(numbers.next("310115101", early2026InShanghai)).isEqualTo("YH-310115101-2026-0001");
    assertThat(numbers.next("310115101", lateIn2025)).isEqualTo("YH-310115101-2025-0003");
  }

  /** Senders at the same time on the same town and year each get a number of their own, none skipped. */
  void concurrentSenders_getDistinctConsecutiveNumbers() throws Exception {
    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<List<String>>> senders = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        senders.add(() -> IntStream.range(0, DRAWS_PER_THREAD).mapToObj(i -> numbers.next("310115199", at)).toList());
      }
      List<String> drawn = new ArrayList<>();
      for (Future<List<String>> future : pool.invokeAll(senders)) {
        drawn.addAll(future.get());
      }

      int total = THREADS * DRAWS_PER_THREAD;
      assertThat(drawn).doesNotHaveDuplicates().hasSize(total);
      assertThat(drawn).containsExactlyInAnyOrderElementsOf(
          IntStream.rangeClosed(1, total).mapToObj(i -> "YH-310115199-2026-%04d".formatted(i)).toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
