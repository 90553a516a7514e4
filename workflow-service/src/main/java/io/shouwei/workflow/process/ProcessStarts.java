package io.shouwei.workflow.process;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per started (process key, business key) in table {@code wf_process_start}, whose primary
 * key makes a second start of the same pair fail. Called inside the transaction that starts the
 * instance, so the row and the instance commit or roll back together.
 */
@Component
public class ProcessStarts {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ProcessStarts(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @throws org.springframework.dao.DuplicateKeyException when the pair is claimed already
   */
  public void claim(String processKey, String businessKey) {
    jdbc.update(
        "insert into wf_process_start (process_key, business_key, claimed_at) values (?, ?, ?)",
        processKey, businessKey, Timestamp.from(clock.instant()));
  }

  /** Whether the pair was claimed (the instance may have ended since). */
  public boolean claimed(String processKey, String businessKey) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from wf_process_start where process_key = ? and business_key = ?",
            Integer.class, processKey, businessKey);
    return count != null && count > 0;
  }
}
