package io.shouwei.workflow.process;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Message correlation by business key, once per event: the event id is recorded in table
 * {@code wf_correlated_event} in the engine's transaction, so a redelivered event changes nothing
 * ({@link CorrelationOutcome#DUPLICATE}), also when two deliveries race (the primary key decides).
 * An instance that does not wait for the message (yet) is reported as {@link
 * CorrelationOutcome#NOT_WAITING} before anything is changed.
 */
@Component
public class Correlations {

  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public Correlations(RuntimeService runtime, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Correlates {@code message} with {@code variables} to the waiting instance of the process and business key. */
  public CorrelationOutcome correlate(
      String processKey, String businessKey, String message, UUID eventId, Map<String, Object> variables) {
    return once(eventId, businessKey, message, () -> {
      Optional<String> waiting = waitingInstance(processKey, businessKey, message);
      if (waiting.isEmpty()) {
        return CorrelationOutcome.NOT_WAITING;
      }
      runtime.createMessageCorrelation(message).processInstanceId(waiting.get()).setVariables(variables).correlate();
      return CorrelationOutcome.APPLIED;
    });
  }

  /**
   * Runs {@code work} in one transaction with the record of {@code eventId}, unless the event was
   * applied before. The record is kept only when the work answers {@link CorrelationOutcome#APPLIED}.
   */
  public CorrelationOutcome once(
      UUID eventId, String businessKey, String message, java.util.function.Supplier<CorrelationOutcome> work) {
    if (seen(eventId)) {
      return CorrelationOutcome.DUPLICATE;
    }
    try {
      return transaction.execute(status -> {
        CorrelationOutcome outcome = work.get();
        if (outcome == CorrelationOutcome.APPLIED) {
          jdbc.update(
              "insert into wf_correlated_event (event_id, business_key, message, correlated_at) values (?, ?, ?, ?)",
              eventId.toString(), businessKey, message, Timestamp.from(clock.instant()));
        }
        return outcome;
      });
    } catch (DuplicateKeyException appliedConcurrently) {
      return CorrelationOutcome.DUPLICATE;
    }
  }

  /** The running instance of the process with this business key, if any. */
  public Optional<ProcessInstance> instance(String processKey, String businessKey) {
    return Optional.ofNullable(
        runtime.createProcessInstanceQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(businessKey)
            .singleResult());
  }

  /** The running instance of the process with this business key that has a subscription to {@code message}. */
  public Optional<String> waitingInstance(String processKey, String businessKey, String message) {
    return instance(processKey, businessKey)
        .map(ProcessInstance::getId)
        .filter(id -> runtime.createEventSubscriptionQuery()
                .processInstanceId(id)
                .eventType("message")
                .eventName(message)
                .count()
            > 0);
  }

  private boolean seen(UUID eventId) {
    Integer count =
        jdbc.queryForObject("select count(*) from wf_correlated_event where event_id = ?", Integer.class, eventId.toString());
    return count != null && count > 0;
  }
}
