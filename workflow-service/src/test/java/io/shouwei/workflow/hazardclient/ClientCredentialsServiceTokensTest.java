package io.shouwei.workflow.hazardclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class ClientCredentialsServiceTokensTest {

  private static final String URL = "http://gateway.test/auth/token";

  private final RestClient.Builder builder = RestClient.builder();
  private final MockRestServiceServer issuer = MockRestServiceServer.bindTo(builder).build();
  private final MovableClock clock = new MovableClock(Instant.parse("2025-06-02T01:30:00Z"));
  private final ClientCredentialsServiceTokens tokens =
      new ClientCredentialsServiceTokens(builder.build(), URL, "workflow-service", "s3cret:+&", clock);

  @Test
  void asksForAServiceToken_asItsOwnClient_andReusesIt_untilAMinuteBeforeItExpires() {
    String basic = Base64.getEncoder().encodeToString("workflow-service:s3cret%3A%2B%26".getBytes(StandardCharsets.UTF_8));
    issuer.expect(once(), requestTo(URL)).andExpect(method(HttpMethod.POST))
        .andExpect(header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED))
        .andExpect(content().formDataContains(Map.of("grant_type", "client_credentials")))
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

    assertThatThrownBy(tokens::token).isInstanceOf(HazardServiceException.class).hasMessageContaining(URL).hasMessageContaining("workflow-service").hasMessageNotContaining("s3cret");
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
