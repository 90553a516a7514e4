package io.shouwei.hazard.publishing;

import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The one forwarder: every stored event, in store order, to topic {@value Topics#EVENTS}, keyed by
 * its aggregate id. It runs in a tracking processor over the event store, which the store wakes on
 * each commit of this service (a pooled streaming processor over Axon's embedded store polls every
 * 500 ms when idle, which was most of the projection lag).
 *
 * <p>The processor hands over its events in batches. Each event is sent as it comes, without
 * waiting; before the batch's transaction commits (and with it the processor's token), the
 * forwarder waits until Kafka has acknowledged every send of the batch. A failed or late send
 * fails the batch, so the token stays where it was and the whole batch is sent again later (at
 * least once, in order: the producer is idempotent and keeps a partition's sends in order).
 */
@Component
@ProcessingGroup(KafkaForwarder.PROCESSING_GROUP)
public class KafkaForwarder {

  public static final String PROCESSING_GROUP = "kafka-forwarder";

  private static final String PENDING_SENDS = KafkaForwarder.class.getName() + ".pendingSends";

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
    CompletableFuture<?> sent =
        kafka.send(Topics.EVENTS, envelope.aggregateId(), EnvelopeJson.write(envelope));
    if (CurrentUnitOfWork.isStarted()) {
      pendingSends(CurrentUnitOfWork.get().root()).add(sent);
    } else {
      await(List.of(sent));
    }
  }

  /** The batch's sends, with one wait for all of them registered before its commit. */
  private List<CompletableFuture<?>> pendingSends(UnitOfWork<?> batch) {
    return batch.getOrComputeResource(
        PENDING_SENDS,
        key -> {
          List<CompletableFuture<?>> sends = new ArrayList<>();
          batch.onPrepareCommit(u -> awaitUnchecked(sends));
          return sends;
        });
  }

  private void awaitUnchecked(List<CompletableFuture<?>> sends) {
    try {
      await(sends);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaSendFailedException("interrupted while waiting for Kafka", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaSendFailedException("Kafka did not acknowledge the batch's events", e);
    }
  }

  /** Waits for every send, all within one send timeout from now. */
  private void await(List<CompletableFuture<?>> sends)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
        .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A batch whose events Kafka did not all acknowledge; the processor retries the batch. */
  static final class KafkaSendFailedException extends RuntimeException {
    KafkaSendFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
