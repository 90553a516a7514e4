package io.shouwei.workflow.correlation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.workflow.config.WorkflowProperties;
import io.shouwei.workflow.process.CorrelationOutcome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events that arrived before their process waited for them ({@code wf_pending_event}): the early
 * message race. Each is tried again, in the order of its aggregate's sequence, when another event
 * of the same aggregate applied and every {@code shouwei.workflow.correlation.pending-retry-every};
 * it leaves the table once it applied (or proved a duplicate). One still not wanted after {@code
 * pending-expire-after} is given up: logged and counted as {@value #EXPIRED_METER}.
 */
@Component
public class PendingEvents {

  static final String EXPIRED_METER = "shouwei.events.pending.expired";

  private static final Logger log = LoggerFactory.getLogger(PendingEvents.class);

  private final JdbcTemplate jdbc;
  private final EventRouter router;
  private final Clock clock;
  private final WorkflowProperties.Correlation settings;
  private final Counter expired;

  public PendingEvents(
      JdbcTemplate jdbc, EventRouter router, Clock clock, WorkflowProperties properties, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.router = router;
    this.clock = clock;
    this.settings = properties.correlation();
    this.expired = Counter.builder(EXPIRED_METER)
        .description("Held events of shouwei.events given up because no process waited for them")
        .register(meters);
  }

  /** Holds the event (once, however often it is delivered). */
  void hold(EventEnvelope<?> event, String value) {
    int added = jdbc.update(
        "insert into wf_pending_event (event_id, aggregate_id, sequence, event_type, envelope, received_at, attempts)"
            + " select ?, ?, ?, ?, ?, ?, 0 where not exists (select 1 from wf_pending_event where event_id = ?)",
        event.eventId().toString(), event.aggregateId(), event.sequence(), event.type(), value,
        Timestamp.from(clock.instant()), event.eventId().toString());
    if (added > 0) {
      log.info("{} {} of {} arrives before its process waits for it; held", event.type(), event.eventId(),
          event.aggregateId());
    }
  }

  /** Tries the held events of one aggregate again, in sequence order; answers how many applied. */
  public int retry(String aggregateId) {
    return retry(jdbc.query(
        "select event_id, envelope, received_at from wf_pending_event where aggregate_id = ? order by sequence",
        (rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), aggregateId));
  }

  /** Tries every held event again. */
  @Scheduled(
      initialDelayString = "${shouwei.workflow.correlation.pending-retry-every:PT15S}",
      fixedDelayString = "${shouwei.workflow.correlation.pending-retry-every:PT15S}")
  public int retryAll() {
    return retry(jdbc.query(
        "select event_id, envelope, received_at from wf_pending_event order by aggregate_id, sequence",
        (rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())));
  }

  private int retry(List<Held> held) {
    int applied = 0;
    Instant expiredBefore = clock.instant().minus(settings.pendingExpireAfter());
    for (Held event : held) {
      CorrelationOutcome outcome;
      try {
        outcome = router.route(event.value()).outcome();
      } catch (RuntimeException failed) {
        log.warn("held event {} failed again: {}", event.eventId(), failed.getMessage());
        outcome = CorrelationOutcome.NOT_WAITING;
      }
      if (outcome != CorrelationOutcome.NOT_WAITING) {
        remove(event.eventId());
        applied += outcome == CorrelationOutcome.APPLIED ? 1 : 0;
      } else if (event.receivedAt().isBefore(expiredBefore)) {
        log.warn("held event {} given up: no process waited for it since {}", event.eventId(), event.receivedAt());
        remove(event.eventId());
        expired.increment();
      } else {
        jdbc.update("update wf_pending_event set attempts = attempts + 1 where event_id = ?", event.eventId());
      }
    }
    return applied;
  }

  private void remove(String eventId) {
    jdbc.update("delete from wf_pending_event where event_id = ?", eventId);
  }

  private record Held(String eventId, String value, Instant receivedAt) {}
}
