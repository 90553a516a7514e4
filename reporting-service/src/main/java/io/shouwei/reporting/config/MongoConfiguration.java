package io.shouwei.reporting.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.shouwei.reporting.projection.CampaignStore;
import io.shouwei.reporting.projection.HazardStore;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.MineStore;
import io.shouwei.reporting.projection.OrderStore;
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
  HazardStore hazardStore(MongoDatabase database) {
    HazardStore store = new HazardStore(database);
    store.ensureIndexes();
    return store;
  }

  @Bean
  MineStore mineStore(MongoDatabase database, HazardStore hazards) {
    MineStore store = new MineStore(database, hazards);
    store.ensureIndexes();
    return store;
  }

  @Bean
  OrderStore orderStore(MongoDatabase database) {
    OrderStore store = new OrderStore(database);
    store.ensureIndexes();
    return store;
  }

  @Bean
  CampaignStore campaignStore(MongoDatabase database) {
    CampaignStore store = new CampaignStore(database);
    store.ensureIndexes();
    return store;
  }

  @Bean
  TipStore tipStore(MongoDatabase database) {
    TipStore store = new TipStore(database);
    store.ensureIndexes();
    return store;
  }

  @Bean
  HeldEvents heldEvents(MongoDatabase database) {
    return new HeldEvents(database);
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
