package io.shouwei.hazard.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How keyed requests are remembered.
 *
 * @param expireAfter how long a key is remembered after its first request; a request with the key
 *     after that runs as a new one
 * @param inProgressTimeout how long a first request may run before its key counts as abandoned
 *     (its process died): longer than any request takes
 * @param maxBodySize the largest body of a keyed request; a larger one is refused (413)
 * @param cleanupInterval how often expired keys are deleted, at most; the deletion runs along
 *     with a keyed request
 */
@ConfigurationProperties("shouwei.idempotency")
public record IdempotencyProperties(
    @DefaultValue("24h") Duration expireAfter,
    @DefaultValue("2m") Duration inProgressTimeout,
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue("1h") Duration cleanupInterval) {

  public IdempotencyProperties {
    requirePositive(expireAfter, "expire-after");
    requirePositive(inProgressTimeout, "in-progress-timeout");
    requirePositive(cleanupInterval, "cleanup-interval");
    if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("shouwei.idempotency.max-body-size must be from 1 byte to 2 GB");
    }
  }

  private static void requirePositive(Duration duration, String property) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("shouwei.idempotency." + property + " must be positive, not " + duration);
    }
  }
}
