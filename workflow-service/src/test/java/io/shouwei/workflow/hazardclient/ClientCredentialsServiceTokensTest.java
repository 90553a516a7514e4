package io.shouwei.workflow.hazardclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class ClientCredentialsServiceTokensTest {

  private static final String URL = "http://keycloak.test/realms/shouwei/protocol/openid-connect/token";

  private final RestClient.Builder builder = RestClient.builder();
  private final MockRestServiceServer provider = MockRestServiceServer.bindTo(builder).build();
  private final MovableClock clock = new MovableClock(Instant.parse("2025-06-02T01:30:00Z"));
  private final ClientCredentialsServiceTokens tokens =
      new ClientCredentialsServiceTokens(builder.build(), URL, "workflow-service", "s3cret", clock);

  @Test
  void asksForAClientCredentialsToken_asTheClient_andReusesIt_untilAMinuteBeforeItExpires() {
    String basic = Base64.getEncoder().encodeToString("workflow-service:s3cret".getBytes(StandardCharsets.UTF_8));
    provider.expect(once(), requestTo(URL)).andExpect(method(HttpMethod.POST))
        .andExpect(header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED))
        .andExpect(content().string("grant_type=client_credentials"))
        .andRespond(withSuccess(issued("token-1", 300), MediaType.APPLICATION_JSON));
    provider.expect(once(), requestTo(URL))
        .andRespond(withSuccess(issued("token-2", 300), MediaType.APPLICATION_JSON));

    assertThat(tokens.token()).isEqualTo("token-1");
    clock.move(Duration.ofMinutes(3));
    assertThat(tokens.token()).isEqualTo("token-1");
    clock.move(Duration.ofMinutes(1));
    assertThat(tokens.token()).isEqualTo("token-2");
    provider.verify();
  }

  @Test
  void aRefusedClient_isAHazardServiceException() {
    provider.expect(once(), requestTo(URL)).andRespond(withStatus(HttpStatus.UNAUTHORIZED));

    assertThatThrownBy(tokens::token).isInstanceOf(HazardServiceException.class)
        .hasMessageContaining("workflow-service").hasMessageContaining(URL);
  }

  @Test
  void anAnswerWithoutAToken_isAHazardServiceException() {
    provider.expect(once(), requestTo(URL)).andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

    assertThatThrownBy(tokens::token).isInstanceOf(HazardServiceException.class);
  }

  @Test
  void aMissingSecret_isRefusedAtStartup() {
    assertThatThrownBy(() -> new ClientCredentialsServiceTokens(builder.build(), URL, "workflow-service", "", clock))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client-secret");
  }

  private static String issued(String token, long expiresIn) {
    return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}";
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
