package io.shouwei.workflow.hazardclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class DevTokenServiceTokensTest {

  private static final String URL = "http://gateway.test/auth/dev-token";

  private final RestClient.Builder builder = RestClient.builder();
  private final MockRestServiceServer issuer = MockRestServiceServer.bindTo(builder).build();
  private final MovableClock clock = new MovableClock(Instant.parse("2025-06-02T01:30:00Z"));
  private final DevTokenServiceTokens tokens = new DevTokenServiceTokens(builder.build(), URL, clock);

  @Test
  void asksTheIssuerForAServiceToken_andReusesIt_untilAMinuteBeforeItExpires() {
    issuer.expect(once(), requestTo(URL)).andExpect(method(HttpMethod.POST))
        .andExpect(jsonPath("$.sub").value(DevTokenServiceTokens.SUBJECT))
        .andExpect(jsonPath("$.roles[0]").value("SERVICE"))
        .andRespond(withSuccess(issued("token-1"), MediaType.APPLICATION_JSON));
    issuer.expect(once(), requestTo(URL))
        .andRespond(withSuccess(issued("token-2"), MediaType.APPLICATION_JSON));

    assertThat(tokens.token()).isEqualTo("token-1");
    clock.move(Duration.ofMinutes(58));
    assertThat(tokens.token()).isEqualTo("token-1");
    clock.move(Duration.ofMinutes(1));
    assertThat(tokens.token()).isEqualTo("token-2");
    issuer.verify();
  }

  @Test
  void anIssuerThatFails_isAHazardServiceException() {
    issuer.expect(once(), requestTo(URL)).andRespond(withServerError());

    assertThatThrownBy(tokens::token).isInstanceOf(HazardServiceException.class).hasMessageContaining(URL);
  }

  private static String issued(String token) {
    return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
