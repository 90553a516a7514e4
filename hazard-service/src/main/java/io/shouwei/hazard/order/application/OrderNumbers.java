package io.shouwei.hazard.order.application;

import io.shouwei.hazard.hazard.application.HazardNumbers;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out order numbers, {@code ZL-<townCode>-<year>-<seq>}, from table
 * {@code order_number_counter}, exactly as {@link HazardNumbers} hands out hazard numbers: per town
 * and calendar year of issue in China Standard Time, each taken in a short transaction of its own
 * before the order is issued; unique and increasing, not gapless.
 */
@Component
public class OrderNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public OrderNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the town for an order issued at {@code issuedAt}. */
  public String next(String townCode, Instant issuedAt) {
    int year = issuedAt.atZone(HazardNumbers.ZONE).getYear();
    Integer sequence = ownTransaction.execute(status -> {
      jdbc.update(
          "INSERT INTO order_number_counter (town_code, \"year\", last_seq) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
          townCode, year);
      jdbc.update(
          "UPDATE order_number_counter SET last_seq = last_seq + 1 WHERE town_code = ? AND \"year\" = ?",
          townCode, year);
      return jdbc.queryForObject(
          "SELECT last_seq FROM order_number_counter WHERE town_code = ? AND \"year\" = ?",
          Integer.class, townCode, year);
    });
    return format(townCode, year, sequence);
  }

  static String format(String townCode, int year, int sequence) {
    return "ZL-%s-%d-%04d".formatted(townCode, year, sequence);
  }
}
