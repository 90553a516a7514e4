package io.shouwei.hazard.config;

import static io.shouwei.hazard.config.AggregateFields.assertSameState;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.mine.Mine;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives Axon's snapshotter and storage engine, with the service's snapshot serializer and
 * revision filter, against tables created by our migrations: a mine's snapshot is written to
 * {@code snapshotevententry} and read back as the same state the events give; a snapshot of
 * another revision is ignored. Snapshots never touch the events.
 */
final class SnapshotRoundTrip {

  static final String MINE = "mine-snap-1";
  static final SnapshotRevisions REVISIONS = new SnapshotRevisions(List.of(Hazard.class, Mine.class));

  private SnapshotRoundTrip() {}

  static void verify(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    EventStorageEngine engine = engine(dataSource, REVISIONS.filter());
    EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
    try {
      List<Object> events = events();
      engine.appendEvents(IntStream.range(0, 6).mapToObj(i -> event(i, events.get(i))).toList());

      AggregateSnapshotter.builder()
          .eventStore(store)
          .aggregateFactories(new GenericAggregateFactory<>(Mine.class))
          .build()
          .scheduleSnapshot(Mine.class, MINE);

      Map<String, Object> row = jdbc.queryForMap(
          "SELECT sequencenumber, type, payloadtype, payloadrevision FROM snapshotevententry"
              + " WHERE aggregateidentifier = ?",
          MINE);
      assertThat(row).containsEntry("sequencenumber", 5L).containsEntry("type", "Mine")
          .containsEntry("payloadtype", Mine.class.getName())
          .containsEntry("payloadrevision", REVISIONS.revisionOf(Mine.class));
      DomainEventMessage<?> snapshot = engine.readSnapshot(MINE).orElseThrow();
      assertThat(snapshot.getSequenceNumber()).isEqualTo(5);
      assertSameState(snapshot.getPayload(), replayed(dataSource, 6));

      engine.appendEvents(event(6, events.get(6)));
      Mine loaded = load(store);
      assertThat(store.readEvents(MINE).asStream().map(DomainEventMessage::getSequenceNumber).toList())
          .as("the snapshot and the event after it").containsExactly(5L, 6L);
      assertSameState(loaded, replayed(dataSource, 7));
      assertThat(AggregateFields.of(loaded))
          .containsEntry("status", ProductionStatus.STOPPED_BY_ORDER)
          .containsEntry("stoppingOrders", Set.of("order-3"));

      assertThat(jdbc.queryForObject(
              "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, MINE))
          .as("the events are untouched").isEqualTo(7L);

      jdbc.update(
          "UPDATE snapshotevententry SET payloadrevision = 'written-by-an-older-mine' WHERE aggregateidentifier = ?",
          MINE);
      assertThat(engine.readSnapshot(MINE)).as("a snapshot of another revision").isEmpty();
      assertThat(store.readEvents(MINE).asStream().map(DomainEventMessage::getSequenceNumber).toList())
          .startsWith(0L, 1L).hasSize(7);
      assertSameState(load(store), replayed(dataSource, 7));
    } finally {
      store.shutDown();
    }
  }

  static List<Object> events() {
    MineFacts facts = new MineFacts(180.0, true, null, null, null, null, null, Map.of("benchCount", 12L));
    return List.of(
        new MineRegisteredEvent(MINE, "North pit", "ent-1", "Enterprise One", "310115101", MineType.OPEN_PIT, facts),
        new MineStoppedByOrderEvent(MINE, "order-2"),
        new MineStoppedByOrderEvent(MINE, "order-1"),
        new MineFactsUpdatedEvent(MINE, SampleState.FACTS),
        new MineResumedEvent(MINE, "order-2", ProductionStatus.STOPPED_BY_ORDER),
        new MineStoppedByOrderEvent(MINE, "order-3"),
        new MineResumedEvent(MINE, "order-1", ProductionStatus.STOPPED_BY_ORDER));
  }

  /** The mine from its first {@code count} events only, never from a snapshot. */
  static Mine replayed(DataSource dataSource, int count) {
    EmbeddedEventStore eventsOnly =
        EmbeddedEventStore.builder().storageEngine(engine(dataSource, SnapshotFilter.rejectAll())).build();
    try {
      assertThat(eventsOnly.readEvents(MINE).asStream().count()).isEqualTo(count);
      return load(eventsOnly);
    } finally {
      eventsOnly.shutDown();
    }
  }

  static Mine load(EmbeddedEventStore store) {
    EventSourcingRepository<Mine> repository = EventSourcingRepository.builder(Mine.class).eventStore(store).build();
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      return repository.load(MINE).invoke(mine -> mine);
    } finally {
      unitOfWork.rollback();
    }
  }

  static EventStorageEngine engine(DataSource dataSource, SnapshotFilter snapshots) {
    JacksonSerializer events =
        JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    return JdbcEventStorageEngine.builder()
        .connectionProvider(new DataSourceConnectionProvider(dataSource))
        .transactionManager(NoTransactionManager.INSTANCE)
        .eventSerializer(events)
        .snapshotSerializer(SnapshotSerializer.create(REVISIONS))
        .snapshotFilter(snapshots)
        .build();
  }

  static DomainEventMessage<?> event(long sequence, Object payload) {
    return new GenericDomainEventMessage<>("Mine", MINE, sequence, payload);
  }
}
