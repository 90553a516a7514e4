package io.shouwei.reporting.config;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * UP when the read models' database answers {@code ping}, a command every MongoDB server and the
 * MongoDB-wire server understand. Part of the readiness group.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoDatabase database;

  MongoPingHealthIndicator(MongoDatabase database) {
    super("MongoDB ping failed");
    this.database = database;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document answer = database.runCommand(new Document("ping", 1));
    if (((Number) answer.get("ok")).doubleValue() == 1.0) {
      builder.up().withDetail("database", database.getName());
    } else {
      builder.down().withDetail("database", database.getName()).withDetail("answer", answer.toJson());
    }
  }
}
