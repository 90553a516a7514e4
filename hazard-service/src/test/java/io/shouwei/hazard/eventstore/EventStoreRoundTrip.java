package io.shouwei.hazard.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Drives Axon's own JDBC storage engine and token store against tables created by our
 * migrations: what they write they read back, and a duplicate (aggregate, sequence) is reported as
 * a concurrency conflict.
 */
public final class EventStoreRoundTrip {

  private EventStoreRoundTrip() {}

  public static void verify(DataSource dataSource) {
    JacksonSerializer serializer =
        JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    JdbcEventStorageEngine engine =
        JdbcEventStorageEngine.builder()
            .connectionProvider(new DataSourceConnectionProvider(dataSource))
            .transactionManager(NoTransactionManager.INSTANCE)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .persistenceExceptionResolver(new SQLStateResolver("23505"))
            .build();

    HazardReportedEvent reported =
        new HazardReportedEvent("h-1", "YH-t-1-2025-0001", "m-1", "e-1", "t-1", MineType.OPEN_PIT, null,
            HazardSource.SPOT_CHECK, "SLOPE", "标题", "description", "location",
            Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T01:00:00Z"),
            Map.of("slopeHeightMetres", 210.0), HazardLevel.MAJOR, List.of("OP-07.1"), List.of());
    engine.appendEvents(
        List.of(event("h-1", 0, reported, Map.of("actorUserId", "u-1")), event("h-1", 1, "second", Map.of())));

    List<? extends DomainEventMessage<?>> read = engine.readEvents("h-1").asStream().toList();
    assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
    assertThat(read.get(0).getPayload()).isEqualTo(reported);
    assertThat(read.get(0).getMetaData()).containsEntry("actorUserId", "u-1");
    assertThat(engine.lastSequenceNumberFor("h-1")).contains(1L);

    assertThatThrownBy(() -> engine.appendEvents(event("h-1", 1, "conflicting", Map.of())))
        .isInstanceOf(ConcurrencyException.class);

    List<? extends TrackedEventMessage<?>> tracked =
        engine.readEvents(engine.createTailToken(), false).collect(Collectors.toList());
    assertThat(tracked).hasSize(2);
    assertThat(tracked.get(1).trackingToken().position().orElseThrow())
        .isGreaterThan(tracked.get(0).trackingToken().position().orElseThrow());

    engine.storeSnapshot(event("h-1", 1, "snapshot", Map.of()));
    assertThat(engine.readSnapshot("h-1")).hasValueSatisfying(s -> assertThat(s.getPayload()).isEqualTo("snapshot"));

    JdbcTokenStore tokens =
        JdbcTokenStore.builder()
            .connectionProvider(new DataSourceConnectionProvider(dataSource))
            .serializer(serializer)
            .nodeId("node-1")
            .build();
    tokens.initializeTokenSegments("forwarder", 1);
    TrackingToken token = new GlobalSequenceTrackingToken(41);
    tokens.fetchToken("forwarder", 0);
    tokens.storeToken(token, "forwarder", 0);
    assertThat(tokens.fetchToken("forwarder", 0)).isEqualTo(token);
    assertThat(tokens.retrieveStorageIdentifier()).isPresent();
  }

  private static DomainEventMessage<?> event(String aggregateId, long sequence, Object payload, Map<String, ?> metadata) {
    return new GenericDomainEventMessage<>("Hazard", aggregateId, sequence, payload, metadata);
  }
}
