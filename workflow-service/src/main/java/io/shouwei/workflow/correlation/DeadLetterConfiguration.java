package io.shouwei.workflow.correlation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens to a record the listener could not handle. An unreadable one is published at once,
 * unchanged, to {@value Topics#EVENTS_DEAD_LETTER} (the headers say why) and the consumer moves on.
 * Any other failure (the database is away, say) is retried in place for about a minute, keeping
 * the partition's order, and then dead-lettered the same way. Each dead letter is logged and
 * counted as {@value #METER}.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

  static final String METER = "shouwei.events.dead.lettered";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

  @Bean
  DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka, MeterRegistry meters) {
    Counter deadLettered =
        Counter.builder(METER).description("Records of shouwei.events sent to the dead-letter topic").register(meters);
    DeadLetterPublishingRecoverer deadLetters =
        new DeadLetterPublishingRecoverer(
            kafka,
            (record, ex) -> {
              log.warn("record {}-{}@{} (key {}) goes to {}: {}", record.topic(), record.partition(), record.offset(),
                  record.key(), Topics.EVENTS_DEAD_LETTER, NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
              deadLettered.increment();
              return new TopicPartition(Topics.EVENTS_DEAD_LETTER, -1);
            });
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(10_000);
    backOff.setMaxElapsedTime(60_000);
    DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
    handler.addNotRetryableExceptions(UnreadableEventException.class);
    return handler;
  }
}
