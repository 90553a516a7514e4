package io.shouwei.hazard.audit;

import io.shouwei.hazard.audit.chain.ChainVerifier.Head;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The latest event appended to each aggregate ({@code audit_chain_head}), written in the
 * transaction that appends it. Plain SQL that PostgreSQL and H2 understand alike.
 */
public class ChainHeads {

  private final JdbcTemplate jdbc;

  public ChainHeads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Head> find(String aggregateId) {
    return jdbc.query(
            "SELECT last_sequence, last_hash FROM audit_chain_head WHERE aggregate_id = ?",
            (rs, row) -> new Head(rs.getLong("last_sequence"), rs.getString("last_hash")),
            aggregateId)
        .stream()
        .findFirst();
  }

  public void record(String aggregateType, String aggregateId, Head head) {
    int updated = jdbc.update(
        "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE aggregate_id = ?",
        head.sequence(), head.hash(), aggregateId);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO audit_chain_head (aggregate_id, aggregate_type, last_sequence, last_hash) VALUES (?, ?, ?, ?)",
          aggregateId, aggregateType, head.sequence(), head.hash());
    }
  }
}
