package io.shouwei.hazard.audit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.shouwei.hazard.audit.RandomHistories.History;
import io.shouwei.hazard.audit.chain.ChainVerifier;
import io.shouwei.hazard.audit.chain.IntegrityReport;
import io.shouwei.hazard.hazard.view.HazardViews;
import io.shouwei.hazard.mine.view.MineViews;
import io.shouwei.hazard.order.view.OrderViews;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit on Axon's own event store and JDBC engine over our migrated schema, wired as the
 * service wires it (chain, stored rows, audit snapshots taken after each unit of work, past
 * states), except that snapshots are taken on the committing thread, so that a test sees them as
 * soon as its events are stored. Every read of events by the past states is logged.
 */
final class AuditedStore implements AutoCloseable {

  /** One read of an object's events by the past states: from which sequence, and how many were taken. */
  static final class Read {
    final String aggregateId;
    final long firstSequence;
    int taken;

    Read(String aggregateId, long firstSequence) {
      this.aggregateId = aggregateId;
      this.firstSequence = firstSequence;
    }
  }

  final JdbcTemplate jdbc;
  final EmbeddedEventStore store;
  final StoredEvents stored;
  final ChainHeads heads;
  final AuditSnapshots snapshots;
  final AuditedTypes types;
  final PastStates states;
  final AuditSnapshotter snapshotter;
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final List<Read> reads = new ArrayList<>();

  /** @param dataSource a database migrated with the service's migrations */
  AuditedStore(DataSource dataSource, int interval) {
    jdbc = new JdbcTemplate(dataSource);
    JacksonSerializer serializer =
        JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
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
    snapshots = new AuditSnapshots(jdbc);
    types = new AuditedTypes(
        new HazardViews(jdbc), new MineViews(jdbc), new OrderViews(jdbc),
        new DefaultListableBeanFactory().getBeanProvider(EventUpcaster.class));
    states = new PastStates(logged(engine), stored, snapshots, true, meters);
    snapshotter = new AuditSnapshotter(types, states, engine, stored, snapshots, interval, Runnable::run, meters);
    snapshotter.attachTo(store);
  }

  /** The engine, with every read of one object's events logged in {@link #reads}. */
  private EventStorageEngine logged(EventStorageEngine engine) {
    return (EventStorageEngine) Proxy.newProxyInstance(
        EventStorageEngine.class.getClassLoader(), new Class<?>[] {EventStorageEngine.class},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(engine, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("readEvents") && args != null && args.length == 2 && args[0] instanceof String id) {
            Read read = new Read(id, (Long) args[1]);
            reads.add(read);
            return DomainEventStream.of(((DomainEventStream) result).asStream().peek(e -> read.taken++));
          }
          return result;
        });
  }

  /** Stores the histories' events as commands would: a few at a time, each batch in one unit of work. */
  void store(Random random, History... histories) {
    for (History history : histories) {
      List<DomainEventMessage<?>> events = history.events();
      int i = 0;
      while (i < events.size()) {
        int batch = Math.min(events.size() - i, 1 + random.nextInt(3));
        List<DomainEventMessage<?>> unit = events.subList(i, i + batch);
        DefaultUnitOfWork.startAndGet(null).execute(() -> unit.forEach(store::publish));
        i += batch;
      }
    }
  }

  AuditedType<?> typeOf(History history) {
    return types.byAggregateType(history.aggregateType()).orElseThrow();
  }

  /** The sequences of the object's audit snapshots, in order. */
  List<Long> snapshotSequences(String aggregateId) {
    return jdbc.queryForList(
        "SELECT sequence_number FROM audit_snapshot WHERE aggregate_id = ? ORDER BY sequence_number", Long.class,
        aggregateId);
  }

  /** The latest read of the object's events by the past states. */
  Read lastRead() {
    return reads.get(reads.size() - 1);
  }

  double replays(String start, String reason) {
    Counter counter = meters.find(PastStates.REPLAYS).tag("start", start).tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }

  double snapshotsTaken(String outcome) {
    Counter counter = meters.find(AuditSnapshotter.SNAPSHOTS).tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  IntegrityReport integrity(String aggregateId) {
    return ChainVerifier.verify(
        stored.of(aggregateId).stream().map(StoredEvent::link).toList(), heads.find(aggregateId));
  }

  @Override
  public void close() {
    store.shutDown();
  }
}
