package io.shouwei.hazard.audit;

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
 * serializer as the store's own engine.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

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
