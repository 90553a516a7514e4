package io.shouwei.reporting.ingest;

import io.shouwei.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#EVENTS}. The container acknowledges each record after this method returns,
 * that is after the read model was written (ack mode {@code record}); a failure goes to
 * {@link IngestConfiguration#ingestErrorHandler}.
 */
@Component
class EventsListener {

  static final String GROUP = "reporting-service";

  private final EventRouter router;

  EventsListener(EventRouter router) {
    this.router = router;
  }

  @KafkaListener(id = "reporting-events", groupId = GROUP, topics = Topics.EVENTS)
  void on(ConsumerRecord<String, byte[]> record) {
    router.route(record.value());
  }
}
