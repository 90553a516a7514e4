package io.shouwei.hazard.it;

import io.shouwei.embedded.DevTokens;
import io.shouwei.embedded.KafkaBroker;
import io.shouwei.embedded.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the service under test at a real database, the shared broker and the test's JWKS. */
final class TestStack {

  private TestStack() {}

  static void register(DynamicPropertyRegistry registry, PostgresDatabase db, DevTokens tokens) {
    registry.add("spring.datasource.url", db::jdbcUrl);
    registry.add("spring.datasource.username", db::username);
    registry.add("spring.datasource.password", db::password);
    registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::serveJwks);
  }
}
