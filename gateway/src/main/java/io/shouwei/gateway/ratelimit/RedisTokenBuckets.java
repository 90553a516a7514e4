package io.shouwei.gateway.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every replica of the gateway (Bucket4j's compare-and-swap over
 * Lettuce, asynchronous). A bucket's key expires once it would be full again.
 */
public final class RedisTokenBuckets implements TokenBuckets, AutoCloseable {

  private final RedisClient client;
  private final StatefulRedisConnection<String, byte[]> connection;
  private final AsyncProxyManager<String> buckets;

  public RedisTokenBuckets(String redisUri, Duration timeout) {
    client = RedisClient.create(redisUri);
    client.setDefaultTimeout(timeout);
    connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    buckets =
        Bucket4jLettuce.casBasedBuilder(connection)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
            .requestTimeout(timeout)
            .build()
            .asAsync();
  }

  @Override
  public Mono<Verdict> consume(String key, RateLimitProperties.Limit limit) {
    return Mono.fromFuture(() -> buckets.builder()
            .build(key, () -> CompletableFuture.completedFuture(TokenBuckets.configuration(limit)))
            .tryConsumeAndReturnRemaining(1))
        .map(Verdict::of);
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
