package io.shouwei.hazard.config;

import io.shouwei.hazard.campaign.Campaign;
import io.shouwei.hazard.campaign.view.CampaignViewProjection;
import io.shouwei.hazard.hazard.Hazard;
import io.shouwei.hazard.hazard.view.HazardViewProjection;
import io.shouwei.hazard.mine.Mine;
import io.shouwei.hazard.mine.view.MineViewProjection;
import io.shouwei.hazard.order.RectificationOrder;
import io.shouwei.hazard.order.application.OrderMineEffects;
import io.shouwei.hazard.order.view.OrderViewProjection;
import io.shouwei.hazard.publishing.KafkaForwarder;
import io.shouwei.hazard.publishing.PublishingProperties;
import io.shouwei.hazard.tip.Tip;
import io.shouwei.hazard.tip.view.TipViewProjection;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon beyond what its auto-configuration does: the aggregates (registered here so that they stay
 * free of Spring annotations) and their snapshots, duplicate-key detection for the JDBC store, and
 * the error handling of the event processors.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

  /** PostgreSQL and H2 both report a unique-key violation as SQLState 23505. */
  static final String UNIQUE_VIOLATION = "23505";

  /**
   * Axon's event store as its auto-configuration builds it, but polling the table every {@link
   * PublishingProperties#storePollInterval()} while its tracking processors wait for events, not
   * every second. Commits of this process wake them at once; events another replica committed are
   * only found by that poll, so it bounds the forwarder's delay for them.
   */
  @Qualifier("eventStore")
  @Bean(name = "eventBus")
  EmbeddedEventStore eventStore(
      EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
      PublishingProperties publishing) {
    return EmbeddedEventStore.builder()
        .storageEngine(storageEngine)
        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
        .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
        .fetchDelay(publishing.storePollInterval().toMillis())
        .build();
  }

  /** Each aggregate with its snapshot trigger (see {@link SnapshotConfig}). */
  @Bean
  ConfigurerModule aggregates(
      SnapshotProperties snapshots, SnapshotRevisions revisions, AggregateFactory<Hazard> hazards,
      AggregateFactory<Mine> mines, AggregateFactory<Campaign> campaigns,
      AggregateFactory<Tip> tips, AggregateFactory<RectificationOrder> orders) {
    return configurer ->
        configurer
            .configureAggregate(SnapshotConfig.snapshotted(hazards, snapshots.hazardThreshold(), revisions))
            .configureAggregate(SnapshotConfig.snapshotted(mines, snapshots.mineThreshold(), revisions))
            .configureAggregate(SnapshotConfig.snapshotted(campaigns, snapshots.campaignThreshold(), revisions))
            .configureAggregate(SnapshotConfig.snapshotted(tips, snapshots.tipThreshold(), revisions))
            .configureAggregate(SnapshotConfig.snapshotted(orders, snapshots.orderThreshold(), revisions));
  }

  /**
   * Tells Axon when an append collided with another on (aggregate, sequence), so that it answers
   * with a concurrency exception. Axon's JDBC default only recognises
   * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws.
   */
  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver() {
    return new SQLStateResolver(UNIQUE_VIOLATION);
  }

  /**
   * A failing handler fails its processor instead of being logged and skipped:
   * <ul>
   *   <li>the view is updated in the command's transaction, so a failed update rolls the command
   *       back and the view never misses an event;
   *   <li>the order's mine effects are retried until the mine takes them (a mine that refuses for
   *       good is logged and passed by in the handler itself);
   *   <li>the forwarder does not advance its token past an event Kafka did not acknowledge; the
   *       processor releases the segment and retries it with a growing back-off.
   * </ul>
   * The tracking processors (the forwarder, the mine effects) start at the beginning of the store
   * the first time they run: a tracking processor's default initial token is the store's tail.
   */
  @Bean
  ConfigurerModule eventProcessing() {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                processing
                    .registerListenerInvocationErrorHandler(
                        HazardViewProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                    .registerListenerInvocationErrorHandler(
                        MineViewProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                    .registerListenerInvocationErrorHandler(
                        CampaignViewProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                    .registerListenerInvocationErrorHandler(
                        TipViewProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                    .registerListenerInvocationErrorHandler(
                        KafkaForwarder.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                    .registerListenerInvocationErrorHandler(
                        OrderViewProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                    .registerListenerInvocationErrorHandler(
                        OrderMineEffects.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
  }
}
