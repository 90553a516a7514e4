package io.shouwei.hazard.hazard.application;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out hazard numbers, {@code YH-<townCode>-<year>-<seq>}: per town and calendar year of
 * reporting in China Standard Time, the sequence counts 0001, 0002, … (more digits past 9999),
 * from table {@code hazard_number_counter}.
 *
 * <p>Each number is taken in a transaction of its own, committed before the report is sent, so
 * that the row lock on the town's counter is held for milliseconds, not for the whole command. The
 * price: a report refused after its number was taken (e.g. a title too long) leaves a gap. Numbers
 * are unique and increase within a town and year; they are not gapless.
 *
 * <p>Taking one: create the counter row if it is missing ({@code ON CONFLICT DO NOTHING}, which
 * waits for a concurrent creator), add one (which locks the row until commit), read it back.
 * {@code UPDATE … RETURNING} would save the read, but H2 does not know it; the locked read is as
 * atomic on both.
 */
@Component
public class HazardNumbers {

  /** The time zone whose calendar year a number carries. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public HazardNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the town for a hazard reported at {@code reportedAt}. */
  public String next(String townCode, Instant reportedAt) {
    int year = yearOf(reportedAt);
    Integer sequence = ownTransaction.execute(status -> {
      jdbc.update(
          "INSERT INTO hazard_number_counter (town_code, \"year\", last_seq) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
          townCode, year);
      jdbc.update(
          "UPDATE hazard_number_counter SET last_seq = last_seq + 1 WHERE town_code = ? AND \"year\" = ?",
          townCode, year);
      return jdbc.queryForObject(
          "SELECT last_seq FROM hazard_number_counter WHERE town_code = ? AND \"year\" = ?",
          Integer.class, townCode, year);
    });
    return format(townCode, year, sequence);
  }

  /** The calendar year of an instant in China Standard Time. */
  static int yearOf(Instant instant) {
    return instant.atZone(ZONE).getYear();
  }

  static String format(String townCode, int year, int sequence) {
    return "YH-%s-%d-%04d".formatted(townCode, year, sequence);
  }
}
