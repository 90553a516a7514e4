package io.shouwei.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.gateway.web.ProblemResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

class RateLimitFilterTest {

  private static final RateLimitProperties.Limit LIMIT = new RateLimitProperties.Limit(1, Duration.ofMinutes(1));

  @Test
  void bucketsThatDoNotAnswerInTime_letTheRequestPass() {
    RateLimitProperties properties =
        new RateLimitProperties(true, LIMIT, LIMIT, LIMIT, 0, "redis://unused", "t", Duration.ofMillis(50));
    TokenBuckets silent = (key, limit) -> Mono.never();
    RateLimitFilter filter = new RateLimitFilter(silent, properties, new ProblemResponses(new ObjectMapper()));
    AtomicBoolean passed = new AtomicBoolean();

    filter.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/tips")),
            exchange -> Mono.fromRunnable(() -> passed.set(true)))
        .block(Duration.ofSeconds(5));

    assertThat(passed).isTrue();
  }

  @Test
  void theClientOfAToken_isItsAuthorizedParty_elseItsClientId_elseItsOrg() {
    assertThat(RateLimitFilter.clientOf(jwt(Map.of("azp", "agency-system", "client_id", "x", "org", "o"))))
        .isEqualTo("agency-system");
    assertThat(RateLimitFilter.clientOf(jwt(Map.of("client_id", "ent-system", "org", "o")))).isEqualTo("ent-system");
    assertThat(RateLimitFilter.clientOf(jwt(Map.of("org", "ent-7")))).isEqualTo("ent-7");
    assertThat(RateLimitFilter.clientOf(jwt(Map.of("name", "nobody")))).isNull();
  }

  @Test
  void theLocalBuckets_refuseOnceEmpty_andSayWhenATokenIsBack() {
    LocalTokenBuckets buckets = new LocalTokenBuckets();
    RateLimitProperties.Limit twoPerMinute = new RateLimitProperties.Limit(2, Duration.ofMinutes(1));

    assertThat(buckets.consume("k", twoPerMinute).block().allowed()).isTrue();
    assertThat(buckets.consume("k", twoPerMinute).block().allowed()).isTrue();
    TokenBuckets.Verdict refused = buckets.consume("k", twoPerMinute).block();
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
    assertThat(buckets.consume("other", twoPerMinute).block().allowed()).isTrue();
  }

  private static Jwt jwt(Map<String, Object> claims) {
    return new Jwt("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
  }
}
