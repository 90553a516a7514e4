package io.shouwei.gateway.ratelimit;

import io.shouwei.gateway.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The rate limiter, when {@code shouwei.rate-limit.enabled}: its buckets in Redis, or in this
 * process in the {@code local} profile (and there only).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@ConditionalOnProperty(name = "shouwei.rate-limit.enabled", havingValue = "true")
public class RateLimitConfiguration {

  @Bean
  RateLimitFilter rateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, ProblemResponses problems) {
    return new RateLimitFilter(buckets, properties, problems);
  }

  /** Buckets in this process: one gateway, no Redis. */
  @Configuration(proxyBeanMethods = false)
  @Profile("local & !k8s")
  static class InProcess {
    @Bean
    TokenBuckets localTokenBuckets() {
      return new LocalTokenBuckets();
    }
  }

  /** Buckets in Redis, shared by every replica. */
  @Configuration(proxyBeanMethods = false)
  @Profile("!local | k8s")
  static class InRedis {
    @Bean(destroyMethod = "close")
    TokenBuckets redisTokenBuckets(RateLimitProperties properties) {
      return new RedisTokenBuckets(properties.redisUri(), properties.redisTimeout());
    }
  }
}
