package io.shouwei.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits of {@code /api/**} (OWASP API4), each a token bucket that holds
 * {@code capacity} requests and refills them evenly over {@code period}.
 *
 * @param principal per caller (the token's {@code sub})
 * @param client per client system (the token's {@code azp}, else {@code client_id}, else {@code org})
 * @param publicIp per client address, for requests without a token (the public tip endpoint)
 * @param trustedProxies how many proxies in front of the gateway append to {@code X-Forwarded-For}
 *     (0: the address of the connection itself is the client's)
 * @param redisUri the Redis that keeps the buckets of every gateway replica (not in the
 *     {@code local} profile, which keeps them in this process)
 * @param keyPrefix the prefix of every Redis key
 * @param redisTimeout how long a check may wait for Redis before the request passes unchecked
 */
@ConfigurationProperties("shouwei.rate-limit")
public record RateLimitProperties(
    boolean enabled,
    Limit principal,
    Limit client,
    Limit publicIp,
    int trustedProxies,
    String redisUri,
    String keyPrefix,
    Duration redisTimeout) {

  public RateLimitProperties {
    if (enabled && (principal == null || client == null || publicIp == null)) {
      throw new IllegalArgumentException("shouwei.rate-limit needs principal, client and public-ip limits");
    }
    keyPrefix = keyPrefix == null || keyPrefix.isBlank() ? "shouwei:rl" : keyPrefix;
    redisTimeout = redisTimeout == null ? Duration.ofMillis(500) : redisTimeout;
  }

  /**
   * One limit.
   *
   * @param capacity requests a caller may send at once (at least 1)
   * @param period the time in which a drained bucket fills up again
   */
  public record Limit(long capacity, Duration period) {

    public Limit {
      if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive period");
      }
    }
  }
}
