package io.shouwei.reporting.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.shouwei.contracts.Topics;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.ReadModels;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/** The routes from event types to projections, and what happens to records that fail. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

  @Bean
  EventRouter eventRouter(ReadModels models, ObjectMapper json, MeterRegistry meters) {
    return new EventRouter(models.projections(), models.held(), new EnvelopeParser(json), meters);
  }

  /** How many events wait for an earlier event of their aggregate; stays above 0 while a gap is open. */
  @Bean
  MeterBinder heldEventsGauge(HeldEvents held) {
    return registry ->
        Gauge.builder(EventRouter.WAITING_METRIC, held, HeldEvents::count)
            .description("Events held until the events before them are applied")
            .register(registry);
  }

  /**
   * Picked up by Boot's listener container factory. The listener names the record of its batch that
   * failed (see {@link EventsListener}); the offsets before it are committed, and a record that
   * still fails after its retries (see {@link IngestRetryPolicy}) is published unchanged to {@value
   * Topics#EVENTS_DEAD_LETTER}, with the record's own failure and the original topic, partition and
   * offset in its headers, and committed; then the consumer goes on with the next record.
   */
  @Bean
  DefaultErrorHandler ingestErrorHandler(KafkaOperations<?, ?> kafka) {
    DeadLetterPublishingRecoverer deadLetters =
        new DeadLetterPublishingRecoverer(
            kafka, (record, failure) -> new TopicPartition(Topics.EVENTS_DEAD_LETTER, -1));
    ConsumerAwareRecordRecoverer loggedDeadLetters =
        (record, consumer, batchFailure) -> {
          Exception failure = recordFailure(batchFailure);
          log.warn(
              "dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(),
              record.offset(), record.key(), reason(failure));
          deadLetters.accept(record, consumer, failure);
        };
    DefaultErrorHandler handler = new DefaultErrorHandler(loggedDeadLetters, IngestRetryPolicy.OTHER_FAILURES);
    handler.addNotRetryableExceptions(MalformedEventException.class);
    handler.setBackOffFunction((record, failure) -> IngestRetryPolicy.backOffFor(failure));
    return handler;
  }

  /**
   * The failure of the record itself: the container reports the {@link
   * BatchListenerFailedException} that names the record, wrapped in a {@link
   * ListenerExecutionFailedException}; the dead letter's headers name what the record caused, as
   * they did for a listener of single records.
   */
  private static Exception recordFailure(Exception failure) {
    if (failure instanceof ListenerExecutionFailedException listener) {
      for (Throwable t = listener.getCause(); t != null; t = t.getCause()) {
        if (t instanceof BatchListenerFailedException batch && batch.getCause() != null) {
          return new ListenerExecutionFailedException(listener.getMessage(), listener.getGroupId(), batch.getCause());
        }
      }
    }
    return failure;
  }

  private static String reason(Throwable failure) {
    Throwable cause = failure instanceof ListenerExecutionFailedException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
