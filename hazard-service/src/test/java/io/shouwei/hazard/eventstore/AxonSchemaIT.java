package io.shouwei.hazard.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.embedded.PostgresDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Our migrations create exactly the tables Axon's own PostgreSQL table factories would create:
 * same columns, types, nullability, defaults and indexes.
 */
class AxonSchemaIT {

  static final List<String> AXON_TABLES = List.of("domainevententry", "snapshotevententry", "tokenentry");

  static final PostgresDatabase MIGRATED = PostgresDatabase.create("hazard_schema_flyway");
  static final PostgresDatabase BY_AXON = PostgresDatabase.create("hazard_schema_axon");

  @AfterAll
  static void drop() {
    MIGRATED.close();
    BY_AXON.close();
  }

  static DataSource dataSource(PostgresDatabase db) {
    return new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
  }

  @Test
  void migrationsMatchAxonsPostgresLayout_andWorkWithAxon() {
    DataSource migrated = dataSource(MIGRATED);
    Flyway.configure().dataSource(migrated).locations("classpath:db/migration").load().migrate();

    DataSource byAxon = dataSource(BY_AXON);
    JdbcEventStorageEngine.builder()
        .connectionProvider(new DataSourceConnectionProvider(byAxon))
        .transactionManager(NoTransactionManager.INSTANCE)
        .eventSerializer(JacksonSerializer.defaultSerializer())
        .snapshotSerializer(JacksonSerializer.defaultSerializer())
        .build()
        .createSchema(PostgresEventTableFactory.INSTANCE);
    JdbcTokenStore.builder()
        .connectionProvider(new DataSourceConnectionProvider(byAxon))
        .serializer(JacksonSerializer.defaultSerializer())
        .build()
        .createSchema(PostgresTokenTableFactory.INSTANCE);

    assertThat(columns(migrated)).isNotEmpty().isEqualTo(columns(byAxon));
    assertThat(indexes(migrated)).hasSize(6).isEqualTo(indexes(byAxon));

    EventStoreRoundTrip.verify(migrated);
  }

  static List<Map<String, Object>> columns(DataSource ds) {
    return new JdbcTemplate(ds).queryForList(
        "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default"
            + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN (?, ?, ?)"
            + " ORDER BY table_name, ordinal_position",
        AXON_TABLES.toArray());
  }

  static List<Map<String, Object>> indexes(DataSource ds) {
    return new JdbcTemplate(ds).queryForList(
        "SELECT tablename, indexname, indexdef FROM pg_indexes"
            + " WHERE schemaname = 'public' AND tablename IN (?, ?, ?) ORDER BY tablename, indexname",
        AXON_TABLES.toArray());
  }
}
