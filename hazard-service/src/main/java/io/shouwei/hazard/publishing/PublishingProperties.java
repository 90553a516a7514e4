package io.shouwei.hazard.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sendTimeout how long the forwarder waits for Kafka to acknowledge a batch's events before
 *     it fails the batch (and retries it later); keep it above the producer's {@code max.block.ms}
 *     plus {@code delivery.timeout.ms}, and below the token claim timeout
 * @param storePollInterval how often the event store looks for new events while the forwarder
 *     (and the other tracking processors) wait: the most the forwarder waits for an event that
 *     another replica committed (this process's own commits wake it at once); Axon's default is 1 s
 */
@ConfigurationProperties("shouwei.publishing")
public record PublishingProperties(Duration sendTimeout, Duration storePollInterval) {

  public PublishingProperties {
    if (sendTimeout == null) {
      sendTimeout = Duration.ofSeconds(14);
    }
    if (storePollInterval == null) {
      storePollInterval = Duration.ofMillis(100);
    }
    if (storePollInterval.isNegative() || storePollInterval.isZero()) {
      throw new IllegalArgumentException("shouwei.publishing.store-poll-interval must be positive");
    }
  }
}
