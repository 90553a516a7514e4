package io.shouwei.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** Where the buckets live: in Redis, or (local profile only) in this process. */
public interface TokenBuckets {

  /** Takes one token from the bucket of this key, creating it full with this limit when absent. */
  Mono<Verdict> consume(String key, RateLimitProperties.Limit limit);

  /**
   * Whether a request may pass.
   *
   * @param retryAfter when refused: the time until a token is back
   */
  record Verdict(boolean allowed, long remaining, Duration retryAfter) {

    static Verdict of(ConsumptionProbe probe) {
      return new Verdict(
          probe.isConsumed(), probe.getRemainingTokens(),
          probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /** The bucket of a limit: full at first, refilled evenly. */
  static Bandwidth bandwidth(RateLimitProperties.Limit limit) {
    return Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build();
  }

  static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
    return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
  }
}
