package io.shouwei.hazard.publishing;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Topics;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The one forwarder: every stored event, in store order, to topic {@value Topics#EVENTS}, keyed by
 * its aggregate id. It runs in a pooled streaming processor over the event store and waits for
 * Kafka's acknowledgement of each event; a failed send fails the handler, so the processor's
 * token stays where it was and the event is sent again later (at least once).
 */
@Component
@ProcessingGroup(KafkaForwarder.PROCESSING_GROUP)
public class KafkaForwarder {

  public static final String PROCESSING_GROUP = "kafka-forwarder";

  private final KafkaTemplate<String, String> kafka;
  private final EnvelopeMapper mapper;
  private final PublishingProperties properties;

  public KafkaForwarder(
      KafkaTemplate<String, String> kafka, List<PublishedForms> forms, PublishingProperties properties) {
    this.kafka = kafka;
    this.mapper = new EnvelopeMapper(forms);
    this.properties = properties;
  }

  @EventHandler
  void on(Object payload, DomainEventMessage<?> event)
      throws InterruptedException, ExecutionException, TimeoutException {
    EventEnvelope<?> envelope = mapper.toEnvelope(event);
    kafka.send(Topics.EVENTS, envelope.aggregateId(), EnvelopeJson.write(envelope))
        .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }
}
