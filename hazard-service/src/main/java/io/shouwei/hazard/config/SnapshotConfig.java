package io.shouwei.hazard.config;

import io.shouwei.hazard.campaign.Campaign;
import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.mine.Mine;
import io.shouwei.hazard.tip.Tip;
import io.shouwei.hazard.order.RectificationOrder;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the aggregates in {@code snapshotevententry}. An aggregate is snapshotted after
 * {@link SnapshotProperties a configured number} of events, right after the command that reached
 * it commits, in a transaction of its own (Axon's snapshotter; a failure to snapshot is logged
 * and fails nothing else). Loading reads the latest snapshot of the current
 * {@link SnapshotRevisions revision} and the events after it.
 *
 * <p>Snapshots are a cache of the state the events define: they are not events, are not
 * published, and are neither chained nor covered by the audit's hash chain, which only reads
 * {@code domainevententry}. The audit never reads them: it replays past states from the events,
 * starting from snapshots of its own ({@code audit_snapshot}, {@link AuditSnapshotProperties}) that
 * are sealed to the hash chain.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfig {

  /** The aggregates that are snapshotted. */
  static final List<Class<?>> SNAPSHOTTED = List.of(Hazard.class, Mine.class, Campaign.class, Tip.class, RectificationOrder.class);

  @Bean
  SnapshotRevisions snapshotRevisions() {
    return new SnapshotRevisions(SNAPSHOTTED);
  }

  /** Also the snapshotter's: Axon's Spring snapshotter finds an aggregate's factory among the beans. */
  @Bean
  AggregateFactory<Hazard> hazardAggregateFactory() {
    return new GenericAggregateFactory<>(Hazard.class);
  }

  /** Also the snapshotter's (see {@link #hazardAggregateFactory()}). */
  @Bean
  AggregateFactory<Mine> mineAggregateFactory() {
    return new GenericAggregateFactory<>(Mine.class);
  }

  /** Also the snapshotter's (see {@link #hazardAggregateFactory()}). */
  @Bean
  AggregateFactory<Campaign> campaignAggregateFactory() {
    return new GenericAggregateFactory<>(Campaign.class);
  }

  /** Also the snapshotter's (see {@link #hazardAggregateFactory()}). */
  @Bean
  AggregateFactory<Tip> tipAggregateFactory() {
    return new GenericAggregateFactory<>(Tip.class);
  }

  /** Also the snapshotter's (see {@link #hazardAggregateFactory()}). */
  @Bean
  AggregateFactory<RectificationOrder> orderAggregateFactory() {
    return new GenericAggregateFactory<>(RectificationOrder.class);
  }

  /**
   * Axon's JDBC storage engine as its auto-configuration builds it, except that snapshots are
   * written with the {@link SnapshotSerializer}; which snapshots are read, each aggregate's filter
   * decides ({@link #snapshotted}).
   */
  @Bean
  EventStorageEngine eventStorageEngine(
      @Qualifier("eventSerializer") Serializer eventSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      ObjectProvider<EventSchema> schema,
      SnapshotRevisions revisions) {
    return JdbcEventStorageEngine.builder()
        .snapshotSerializer(SnapshotSerializer.create(revisions))
        .upcasterChain(configuration.upcasterChain())
        .persistenceExceptionResolver(persistenceExceptionResolver)
        .eventSerializer(eventSerializer)
        .snapshotFilter(configuration.snapshotFilter())
        .connectionProvider(connectionProvider)
        .transactionManager(transactionManager)
        .schema(schema.getIfAvailable(EventSchema::new))
        .build();
  }

  /**
   * The aggregate's configuration with its factory, a snapshot after every {@code threshold} events
   * loaded or applied since the latest snapshot, and the revision filter for its snapshots (in
   * place of Axon's default, which expects the revision of an {@code @Revision} annotation).
   */
  static <A> AggregateConfigurer<A> snapshotted(
      AggregateFactory<A> factory, int threshold, SnapshotRevisions revisions) {
    return AggregateConfigurer.defaultConfiguration(factory.getAggregateType())
        .configureAggregateFactory(c -> factory)
        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), threshold))
        .configureSnapshotFilter(c -> revisions.filter());
  }
}
