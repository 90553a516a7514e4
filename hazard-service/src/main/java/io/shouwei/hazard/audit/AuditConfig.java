package io.shouwei.hazard.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.hazard.config.AuditSnapshotProperties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit's part of the event store: the hash chain, attached to the event store Axon's
 * auto-configuration builds, and the reading of stored rows with the same connections, schema and
 * serializer as the store's own engine; the audit snapshots, taken after the units of work that
 * reach a snapshot point and used by the replay of past states
 * ({@link AuditSnapshotProperties shouwei.audit.snapshots}).
 */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

  /** Snapshot tasks waiting beyond this many are dropped (counted); a later one catches up on them. */
  static final int SNAPSHOT_QUEUE = 1000;

  @Bean
  StoredEvents storedEvents(
      EventStorageEngine engine,
      ConnectionProvider connections,
      TransactionManager transactions,
      ObjectProvider<EventSchema> schema) {
    return new StoredEvents(connections, transactions, schema.getIfAvailable(EventSchema::new), eventSerializer(engine));
  }

  @Bean
  ChainHeads chainHeads(JdbcTemplate jdbc) {
    return new ChainHeads(jdbc);
  }

  @Bean
  EventChain eventChain(EventStore eventStore, EventStorageEngine engine, StoredEvents stored, ChainHeads heads) {
    EventChain chain = new EventChain(eventSerializer(engine), stored, heads);
    chain.attachTo(eventStore);
    return chain;
  }

  @Bean
  AuditSnapshots auditSnapshots(JdbcTemplate jdbc) {
    return new AuditSnapshots(jdbc);
  }

  @Bean
  PastStates pastStates(
      EventStorageEngine engine, StoredEvents stored, AuditSnapshots snapshots, AuditSnapshotProperties properties,
      MeterRegistry meters) {
    return new PastStates(engine, stored, snapshots, properties.enabled(), meters);
  }

  /**
   * One thread of its own: snapshots are rare (one per {@code interval} events of an object) and
   * never delay a command.
   */
  @Bean(destroyMethod = "close")
  AuditSnapshotter auditSnapshotter(
      AuditedTypes types, PastStates pastStates, EventStorageEngine engine, StoredEvents stored,
      AuditSnapshots snapshots, AuditSnapshotProperties properties, MeterRegistry meters, EventStore eventStore) {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(SNAPSHOT_QUEUE), task -> {
          Thread thread = new Thread(task, "audit-snapshots");
          thread.setDaemon(true);
          return thread;
        });
    AuditSnapshotter snapshotter =
        new AuditSnapshotter(types, pastStates, engine, stored, snapshots, properties.interval(), executor, meters);
    if (properties.enabled()) {
      snapshotter.attachTo(eventStore);
    }
    return snapshotter;
  }

  /** The serializer the store writes events with: the chain must hash what it writes. */
  private static Serializer eventSerializer(EventStorageEngine engine) {
    if (engine instanceof AbstractEventStorageEngine store) {
      return store.getEventSerializer();
    }
    throw new IllegalStateException(
        "The hash chain needs to know the event store's serializer; " + engine.getClass().getName()
            + " does not tell it.");
  }
}
