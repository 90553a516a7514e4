package io.shouwei.workflow.process.ordertostop;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hazards each order to stop production cites ({@code wf_order_cited_hazard}) and the hazards
 * signed off and not reopened since ({@code wf_signed_off_hazard}). Every write is idempotent, so
 * redelivered events do no harm.
 */
@Component
public class CitedHazardRecords {

  private final JdbcTemplate jdbc;

  public CitedHazardRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String orderId, List<String> hazardIds) {
    for (String hazardId : hazardIds.stream().distinct().toList()) {
      jdbc.update(
          "insert into wf_order_cited_hazard (order_id, hazard_id) select ?, ? where not exists"
              + " (select 1 from wf_order_cited_hazard where order_id = ? and hazard_id = ?)",
          orderId, hazardId, orderId, hazardId);
    }
  }

  void signedOff(String hazardId, Instant at) {
    jdbc.update(
        "insert into wf_signed_off_hazard (hazard_id, signed_off_at) select ?, ? where not exists"
            + " (select 1 from wf_signed_off_hazard where hazard_id = ?)",
        hazardId, Timestamp.from(at), hazardId);
  }

  void reopened(String hazardId) {
    jdbc.update("delete from wf_signed_off_hazard where hazard_id = ?", hazardId);
  }

  List<String> ordersCiting(String hazardId) {
    return jdbc.queryForList("select order_id from wf_order_cited_hazard where hazard_id = ?", String.class, hazardId);
  }

  /** The cited hazards of the order not signed off, in id order. */
  public List<String> open(String orderId) {
    return jdbc.queryForList(
        "select c.hazard_id from wf_order_cited_hazard c where c.order_id = ? and not exists"
            + " (select 1 from wf_signed_off_hazard s where s.hazard_id = c.hazard_id) order by c.hazard_id",
        String.class, orderId);
  }
}
