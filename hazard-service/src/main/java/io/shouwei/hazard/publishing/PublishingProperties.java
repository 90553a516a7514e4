package io.shouwei.hazard.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sendTimeout how long the forwarder waits for Kafka to acknowledge one event before it
 *     fails the batch (and retries it later); keep it above the producer's {@code max.block.ms}
 *     plus {@code delivery.timeout.ms}, and below the token claim timeout
 */
@ConfigurationProperties("shouwei.publishing")
public record PublishingProperties(Duration sendTimeout) {

  public PublishingProperties {
    if (sendTimeout == null) {
      sendTimeout = Duration.ofSeconds(14);
    }
  }
}
