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
public class EventsListener {

  /** The id of the listener container, under which the rebuild finds it to pause it while it switches. */
  public static final String LISTENER_ID = "reporting-events";
  /** The property naming the consumer group, {@value #DEFAULT_GROUP} unless set. */
  public static final String GROUP_PROPERTY = "shouwei.reporting.consumer-group";
  public static final String DEFAULT_GROUP = "reporting-service";

  private final EventRouter router;

  EventsListener(EventRouter router) {
    this.router = router;
  }

  @KafkaListener(id = LISTENER_ID, groupId = "${" + GROUP_PROPERTY + ":" + DEFAULT_GROUP + "}", topics = Topics.EVENTS)
  void on(ConsumerRecord<String, byte[]> record) {
    router.route(record.value());
  }
}
