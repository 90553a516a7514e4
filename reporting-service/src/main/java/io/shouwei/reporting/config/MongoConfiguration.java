package io.shouwei.reporting.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderStore;
import io.shouwei.reporting.projection.ReadModelCollections;
import io.shouwei.reporting.projection.ReadModelGenerations;
import io.shouwei.reporting.projection.ReadModels;
import io.shouwei.reporting.projection.TipStore;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' database. Boot's {@code MongoAutoConfiguration} builds the {@link MongoClient}
 * from {@code spring.data.mongodb.uri} (it needs only the driver, not Spring Data); the database is
 * the one the URI names.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean
  MongoDatabase readModelDatabase(MongoClient client, MongoConnectionDetails connection) {
    String name = connection.getConnectionString().getDatabase();
    if (name == null || name.isBlank()) {
      throw new IllegalStateException(
          "spring.data.mongodb.uri (SHOUWEI_MONGO_URI) must name the database, e.g. mongodb://host:27017/shouwei");
    }
    return client.getDatabase(name);
  }

  @Bean
  ReadModelGenerations readModelGenerations(MongoDatabase database) {
    return new ReadModelGenerations(database);
  }

  /** The stores of the active generation, the one the queries read and the live consumer writes. */
  @Bean
  ReadModels readModels(MongoDatabase database, ReadModelGenerations generations) {
    ReadModels models = ReadModels.over(ReadModelCollections.active(database, generations));
    models.ensureIndexes();
    return models;
  }

  @Bean
  HazardStore hazardStore(ReadModels models) {
    return models.hazards();
  }

  @Bean
  MineStore mineStore(ReadModels models) {
    return models.mines();
  }

  @Bean
  OrderStore orderStore(ReadModels models) {
    return models.orders();
  }

  @Bean
  CampaignStore campaignStore(ReadModels models) {
    return models.campaigns();
  }

  @Bean
  TipStore tipStore(ReadModels models) {
    return models.tips();
  }

  @Bean
  HeldEvents heldEvents(ReadModels models) {
    return models.held();
  }

  /**
   * Named so that Boot's own Mongo health indicator, which would need Spring Data and sends
   * {@code hello} (unknown to the MongoDB-wire server), backs off: the contributor is "mongo".
   */
  @Bean
  MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
    return new MongoPingHealthIndicator(database);
  }
}
