package io.shouwei.workflow.hazardclient;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The SERVICE token source when {@code shouwei.hazard.dev-token-url} is set (the local stack). */
@Configuration(proxyBeanMethods = false)
class HazardClientConfiguration {

  @Bean
  @ConditionalOnProperty("shouwei.hazard.dev-token-url")
  ServiceTokens devTokenServiceTokens(HazardClientProperties properties, RestClient.Builder builder, Clock clock) {
    return new DevTokenServiceTokens(builder.build(), properties.devTokenUrl().toString(), clock);
  }
}
