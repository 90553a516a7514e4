package io.shouwei.workflow.correlation;

import io.shouwei.contracts.Topics;
import io.shouwei.workflow.correlation.EventRouter.Routed;
import io.shouwei.workflow.process.CorrelationOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The consumer of {@value Topics#EVENTS} (group {@code spring.kafka.consumer.group-id}, i.e.
 * {@code workflow-service}). Records are keyed by aggregate id, so all events of one hazard arrive
 * in order on one partition, handled by one consumer thread at a time. An event no process waits
 * for yet is held ({@link PendingEvents}); an event that applied lets the held events of its
 * aggregate try again at once. Failures go to the container's error handler (see {@link
 * DeadLetterConfiguration}).
 */
@Component
class EventsListener {

  private final EventRouter router;
  private final PendingEvents pending;

  EventsListener(EventRouter router, PendingEvents pending) {
    this.router = router;
    this.pending = pending;
  }

  // idIsGroup = false: the container id names threads and logs; the group stays workflow-service
  @KafkaListener(id = "workflow-events", idIsGroup = false, topics = Topics.EVENTS)
  void on(ConsumerRecord<String, String> record) {
    Routed routed = router.route(record.value());
    if (routed.outcome() == CorrelationOutcome.NOT_WAITING) {
      pending.hold(routed.event(), record.value());
    } else if (routed.outcome() == CorrelationOutcome.APPLIED) {
      pending.retry(routed.event().aggregateId());
    }
  }
}
