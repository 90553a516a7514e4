package io.shouwei.workflow.hazardclient;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The SERVICE token source when {@code shouwei.hazard.token-url} is set. */
@Configuration(proxyBeanMethods = false)
class HazardClientConfiguration {

  @Bean
  @ConditionalOnProperty("shouwei.hazard.token-url")
  ServiceTokens clientCredentialsServiceTokens(
      HazardClientProperties properties, RestClient.Builder builder, Clock clock) {
    if (properties.clientId() == null || properties.clientId().isBlank()
        || properties.clientSecret() == null || properties.clientSecret().isBlank()) {
      throw new IllegalStateException(
          "shouwei.hazard.client-id and shouwei.hazard.client-secret are required with shouwei.hazard.token-url");
    }
    return new ClientCredentialsServiceTokens(
        builder.build(), properties.tokenUrl().toString(), properties.clientId(), properties.clientSecret(), clock);
  }
}
