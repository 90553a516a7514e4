package io.shouwei.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Buckets in this process, for the {@code local} profile only (one gateway, no Redis): at most
 * {@value #MAX_KEYS} keys, each dropped after an hour without a request.
 */
public final class LocalTokenBuckets implements TokenBuckets {

  static final int MAX_KEYS = 100_000;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(Duration.ofHours(1)).build();

  @Override
  public Mono<Verdict> consume(String key, RateLimitProperties.Limit limit) {
    Bucket bucket =
        buckets.get(key, k -> Bucket.builder().addLimit(TokenBuckets.bandwidth(limit)).build());
    return Mono.just(Verdict.of(bucket.tryConsumeAndReturnRemaining(1)));
  }
}
