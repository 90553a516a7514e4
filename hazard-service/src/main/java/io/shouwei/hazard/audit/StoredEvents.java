package io.shouwei.hazard.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Reads an aggregate's events exactly as they are stored in {@code domainevententry}, through
 * Axon's JDBC storage engine but below what the event store adds on top: no upcasting (an event
 * keeps the revision and payload it was stored with), no snapshot, no cache; every call reads the
 * rows again. Read-only: it never appends.
 */
public class StoredEvents {

  private final RowReader rows;
  private final RowReader singleRows;
  private final Serializer serializer;

  /**
   * @param serializer the event store's event serializer, which wrote the metadata
   */
  public StoredEvents(
      ConnectionProvider connections, TransactionManager transactions, EventSchema schema, Serializer serializer) {
    this.rows = new RowReader(engine(connections, transactions, schema, serializer));
    this.singleRows = new RowReader(engine(connections, transactions, schema, serializer).batchSize(1));
    this.serializer = serializer;
  }

  private static JdbcEventStorageEngine.Builder engine(
      ConnectionProvider connections, TransactionManager transactions, EventSchema schema, Serializer serializer) {
    return JdbcEventStorageEngine.builder()
        .connectionProvider(connections)
        .transactionManager(transactions)
        .schema(schema)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer);
  }

  /** Every stored event of the aggregate, in sequence order (gaps included as they are). */
  public List<StoredEvent> of(String aggregateId) {
    try (Stream<? extends DomainEventData<?>> stored = rows.read(aggregateId, 0)) {
      return stored.map(this::toStoredEvent).toList();
    }
  }

  /** The stored events of the aggregate from {@code first} to {@code last}, both included, in sequence order. */
  public List<StoredEvent> between(String aggregateId, long first, long last) {
    try (Stream<? extends DomainEventData<?>> stored = rows.read(aggregateId, first)) {
      return stored.takeWhile(row -> row.getSequenceNumber() <= last).map(this::toStoredEvent).toList();
    }
  }

  /** The stored event at this sequence, if there is one: one row read. */
  public Optional<StoredEvent> at(String aggregateId, long sequence) {
    try (Stream<? extends DomainEventData<?>> stored = singleRows.read(aggregateId, sequence)) {
      return stored.findFirst().filter(row -> row.getSequenceNumber() == sequence).map(this::toStoredEvent);
    }
  }

  private StoredEvent toStoredEvent(DomainEventData<?> row) {
    SerializedObject<?> payload = row.getPayload();
    MetaData metadata = row.getMetaData() == null ? MetaData.emptyInstance() : serializer.deserialize(row.getMetaData());
    return new StoredEvent(
        row.getType(),
        row.getAggregateIdentifier(),
        row.getSequenceNumber(),
        row.getEventIdentifier(),
        payload.getType().getName(),
        payload.getType().getRevision(),
        row.getTimestamp(),
        serializer.getConverter().convert(payload, byte[].class).getData(),
        metadata);
  }

  /** Exposes the engine's reading of raw rows; reads on across gaps until a batch comes back empty. */
  private static final class RowReader extends JdbcEventStorageEngine {

    RowReader(JdbcEventStorageEngine.Builder builder) {
      super(builder);
    }

    Stream<? extends DomainEventData<?>> read(String aggregateId, long firstSequence) {
      return readEventData(aggregateId, firstSequence);
    }

    @Override
    protected boolean fetchForAggregateUntilEmpty() {
      return true;
    }
  }
}
