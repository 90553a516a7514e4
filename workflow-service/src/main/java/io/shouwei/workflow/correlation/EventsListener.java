package io.shouwei.workflow.correlation;

import io.shouwei.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The consumer of {@value Topics#EVENTS} (group {@code spring.kafka.consumer.group-id}, i.e.
 * {@code workflow-service}). Records are keyed by aggregate id, so all events of one hazard arrive
 * in order on one partition, handled by one consumer thread at a time. Failures go to the
 * container's error handler (see {@link DeadLetterConfiguration}).
 */
@Component
class EventsListener {

  private final EventRouter router;

  EventsListener(EventRouter router) {
    this.router = router;
  }

  // idIsGroup = false: the container id names threads and logs; the group stays workflow-service
  @KafkaListener(id = "workflow-events", idIsGroup = false, topics = Topics.EVENTS)
  void on(ConsumerRecord<String, String> record) {
    router.route(record.value());
  }
}
