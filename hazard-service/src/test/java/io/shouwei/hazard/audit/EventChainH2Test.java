package io.shouwei.hazard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.hazard.audit.chain.ChainVerifier;
import io.shouwei.hazard.audit.chain.ChainVerifier.Head;
import io.shouwei.hazard.audit.chain.EventHash;
import io.shouwei.hazard.audit.chain.IntegrityReport;
import io.shouwei.hazard.config.MetadataKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The chain on Axon's own event store and JDBC engine over our migrations, on H2 as the local
 * profile runs it: every appended event is hashed and linked, within one unit of work and across
 * units of work, and what is stored verifies.
 */
class EventChainH2Test {

  @Revision("3")
  record Step(String note, Instant at) {}

  static final Map<String, String> ACTOR =
      Map.of(
          MetadataKeys.ACTOR_USER_ID, "safety-ent-a", MetadataKeys.ACTOR_ROLE, "ENTERPRISE",
          MetadataKeys.ACTOR_ORG, "ent-a", MetadataKeys.CORRELATION_ID, "req-1",
          MetadataKeys.CAUSATION_ID, "cmd-1");

  JdbcTemplate jdbc;
  EmbeddedEventStore store;
  StoredEvents stored;
  ChainHeads heads;

  @BeforeEach
  void store() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    JacksonSerializer serializer =
        JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    DataSourceConnectionProvider connections = new DataSourceConnectionProvider(h2);
    JdbcEventStorageEngine engine =
        JdbcEventStorageEngine.builder()
            .connectionProvider(connections)
            .transactionManager(NoTransactionManager.INSTANCE)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .persistenceExceptionResolver(new SQLStateResolver("23505"))
            .build();
    store = EmbeddedEventStore.builder().storageEngine(engine).build();
    stored = new StoredEvents(connections, NoTransactionManager.INSTANCE, new EventSchema(), serializer);
    heads = new ChainHeads(jdbc);
    new EventChain(serializer, stored, heads).attachTo(store);
  }

  @AfterEach
  void shutDown() {
    store.shutDown();
  }

  static GenericDomainEventMessage<Step> step(String aggregateId, long sequence, String note) {
    return new GenericDomainEventMessage<>(
        "Hazard", aggregateId, sequence, new Step(note, Instant.parse("2025-05-12T06:30:00Z")), ACTOR);
  }

  void inOneUnitOfWork(EventMessage<?>... events) {
    DefaultUnitOfWork.startAndGet(null).execute(() -> {
      for (EventMessage<?> event : events) {
        store.publish(event);
      }
    });
  }

  IntegrityReport verify(String aggregateId) {
    return ChainVerifier.verify(stored.of(aggregateId).stream().map(StoredEvent::link).toList(), heads.find(aggregateId));
  }

  @Test
  void eventsOfOneUnitOfWork_linkInOrder_andTheNextUnitLinksToTheStoredOnes() {
    inOneUnitOfWork(step("a", 0, "a0"), step("b", 0, "b0"), step("a", 1, "a1"));
    inOneUnitOfWork(step("a", 2, "a2"), step("b", 1, "b1"));

    List<StoredEvent> a = stored.of("a");
    assertThat(a).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L);
    assertThat(a.get(0).prevHash()).isEqualTo(EventHash.GENESIS);
    assertThat(a.get(1).prevHash()).isEqualTo(a.get(0).hash());
    assertThat(a.get(2).prevHash()).isEqualTo(a.get(1).hash());
    assertThat(a).extracting(StoredEvent::hash).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
    for (StoredEvent e : a) {
      assertThat(EventHash.of(e.chained())).as("hash of stored event %s", e.sequence()).isEqualTo(e.hash());
    }
    assertThat(verify("a")).isEqualTo(new IntegrityReport(true, 3, null, null));
    assertThat(verify("b")).isEqualTo(new IntegrityReport(true, 2, null, null));
    assertThat(heads.find("a")).contains(new Head(2, a.get(2).hash()));
  }

  @Test
  void storedEvent_keepsItsMetadata_typeRevisionAndAMillisecondTime() {
    inOneUnitOfWork(step("a", 0, "a0"));

    StoredEvent e = stored.of("a").get(0);
    assertThat(e.payloadType()).isEqualTo(Step.class.getName());
    assertThat(e.payloadRevision()).isEqualTo("3");
    assertThat(e.text(MetadataKeys.ACTOR_USER_ID)).isEqualTo("safety-ent-a");
    assertThat(e.text(MetadataKeys.CAUSATION_ID)).isEqualTo("cmd-1");
    assertThat(new String(e.payload(), StandardCharsets.UTF_8)).contains("\"note\":\"a0\"");
    String column = jdbc.queryForObject(
        "SELECT timestamp FROM domainevententry WHERE aggregateidentifier = 'a'", String.class);
    assertThat(column).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z").isEqualTo(EventHash.timestamp(e.timestamp()));
  }

  @Test
  void eventsPublishedOutsideAUnitOfWork_areChainedToo() {
    store.publish(step("c", 0, "c0"));
    store.publish(step("c", 1, "c1"));

    List<StoredEvent> c = stored.of("c");
    assertThat(c.get(1).prevHash()).isEqualTo(c.get(0).hash());
    assertThat(verify("c").intact()).isTrue();
  }

  @Test
  void eventOfNoAggregate_passesUnchained() {
    List<EventMessage<?>> seen = new ArrayList<>();
    store.subscribe(seen::addAll);

    store.publish(GenericEventMessage.asEventMessage("a plain notice"));

    assertThat(seen).singleElement().satisfies(m -> assertThat(m.getMetaData()).doesNotContainKey(MetadataKeys.HASH));
  }

  @Test
  void alteredRow_isNamed() {
    inOneUnitOfWork(step("a", 0, "a0"), step("a", 1, "a1"), step("a", 2, "a2"));

    jdbc.update(
        "UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = 'a' AND sequencenumber = 1",
        new String(stored.at("a", 1).orElseThrow().payload(), StandardCharsets.UTF_8)
            .replace("a1", "A1").getBytes(StandardCharsets.UTF_8));

    IntegrityReport report = verify("a");
    assertThat(report.intact()).isFalse();
    assertThat(report.firstBrokenSequence()).isEqualTo(1);
  }

  @Test
  void afterTheLatestEventWasDeleted_theChainIsNotExtended_andNothingIsStored() {
    inOneUnitOfWork(step("a", 0, "a0"), step("a", 1, "a1"), step("a", 2, "a2"));
    jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = 'a' AND sequencenumber = 2");

    assertThatThrownBy(() -> inOneUnitOfWork(step("a", 2, "replacement")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to extend the chain of a");

    assertThat(stored.of("a")).hasSize(2);
    IntegrityReport report = verify("a");
    assertThat(report.firstBrokenSequence()).isEqualTo(2);
    assertThat(report.reason()).contains("Event 2 is missing");
  }
}
