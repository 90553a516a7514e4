package io.shouwei.reporting.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shouwei.contracts.EventEnvelope;
import io.shouwei.contracts.EventTypes;
import io.shouwei.reporting.projection.AggregateProjection;
import io.shouwei.reporting.projection.ApplyResult;
import io.shouwei.reporting.projection.HeldEvents;
import io.shouwei.reporting.projection.HeldRecords;
import io.shouwei.reporting.projection.ProjectionBatch;
import io.shouwei.reporting.projection.ReadModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends each event to the read model of its aggregate type, in each aggregate's sequence order.
 *
 * <ul>
 *   <li>An event the read model holds already is skipped.
 *   <li>An event that comes before an earlier one of its aggregate is held in {@link HeldEvents},
 *       and applied as soon as the events before it are (counted in {@value #HELD_METRIC}).
 *   <li>An event of a type the read model does not know is skipped, but still takes its place in
 *       the sequence, so that the aggregate's later events go on being applied; an event of an
 *       aggregate type no read model takes is skipped.
 * </ul>
 *
 * Skipped events are counted in {@value #SKIPPED_METRIC}, tagged with the event type and the reason.
 *
 * <p>A batch of records ({@link #route(List)}) goes through these rules in memory, over working
 * copies of the read models and of the held events ({@link ProjectionBatch}, {@link
 * HeldEvents.Batch}): each read model's documents of the batch's aggregates are read with one query
 * and written with one bulk write, the held events of those aggregates read with one query and
 * written with one more. The documents are those of the records routed one by one ({@link
 * #route(byte[])}), which reads and writes the stores for every event; the metrics count the
 * batch's events once it is written.
 */
public final class EventRouter {

  public static final String SKIPPED_METRIC = "shouwei.reporting.events.skipped";
  public static final String HELD_METRIC = "shouwei.reporting.events.held";
  /** The gauge of the events held now. */
  public static final String WAITING_METRIC = "shouwei.reporting.events.waiting";
  public static final String UNKNOWN_TYPE = "unknown-type";
  public static final String ALREADY_APPLIED = "already-applied";

  /** The MDC key of the correlation id (the platform's key), set while an event is handled. */
  static final String MDC_CORRELATION_ID = "correlationId";

  /**
   * How often a batch is applied from a new working copy when another writer changed one of its
   * documents meanwhile, before its records are applied one by one.
   */
  static final int BATCH_ATTEMPTS = 3;

  private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

  /** What became of one record. */
  public enum Outcome {
    APPLIED,
    HELD,
    SKIPPED_ALREADY_APPLIED,
    SKIPPED_UNKNOWN_TYPE
  }

  private final Map<String, AggregateProjection> projections;
  private final HeldEvents held;
  private final EnvelopeParser parser;
  private final MeterRegistry meters;

  public EventRouter(
      List<AggregateProjection> projections, HeldEvents held, EnvelopeParser parser, MeterRegistry meters) {
    this.projections =
        projections.stream()
            .collect(Collectors.toUnmodifiableMap(AggregateProjection::aggregateType, Function.identity()));
    this.held = held;
    this.parser = parser;
    this.meters = meters;
  }

  /**
   * Applies one record, reading and writing the stores for each of its steps.
   *
   * @throws MalformedEventException when the record is not a well-formed event
   */
  public Outcome route(byte[] value) {
    Event event = prepare(value);
    Tally tally = new Tally();
    Outcome outcome = route(event, projections::get, held, tally);
    tally.count();
    return outcome;
  }

  /**
   * Applies the records in order, as a batch; when the batch fails, applies them one by one to find
   * the record that fails.
   *
   * @throws RecordFailedException naming the first record that could not be applied: every record
   *     before it is applied and written; its cause is a {@link MalformedEventException} for a
   *     record that is not a well-formed event
   */
  public void route(List<byte[]> values) {
    List<Event> events = new ArrayList<>(values.size());
    MalformedEventException malformed = null;
    for (byte[] value : values) {
      try {
        events.add(prepare(value));
      } catch (MalformedEventException e) {
        malformed = e;
        break;
      }
    }
    try {
      applyBatch(events);
    } catch (RuntimeException e) {
      log.warn("a batch of {} records failed, applying them one by one: {}", events.size(), e.toString());
      for (int i = 0; i < events.size(); i++) {
        try {
          route(values.get(i));
        } catch (RuntimeException failure) {
          throw new RecordFailedException(i, failure);
        }
      }
    }
    if (malformed != null) {
      throw new RecordFailedException(events.size(), malformed);
    }
  }

  private void applyBatch(List<Event> events) {
    if (events.isEmpty()) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      Batch batch = new Batch(events);
      Tally tally = new Tally();
      for (Event event : events) {
        route(event, batch::readModel, batch.held, tally);
      }
      if (batch.write()) {
        tally.count();
        return;
      }
      if (attempt == BATCH_ATTEMPTS) {
        throw new IllegalStateException(
            "another writer changed documents of a batch of " + events.size() + " records " + attempt + " times");
      }
      log.info("another writer changed documents of a batch of {} records; applying it again", events.size());
    }
  }

  private Outcome route(Event event, Function<String, ReadModel> readModels, HeldRecords held, Tally tally) {
    EventEnvelope<JsonNode> envelope = event.envelope();
    if (envelope.correlationId() != null) {
      MDC.put(MDC_CORRELATION_ID, envelope.correlationId());
    }
    try {
      if (event.projection() == null) {
        tally.skipped(envelope, UNKNOWN_TYPE);
        return Outcome.SKIPPED_UNKNOWN_TYPE;
      }
      ReadModel readModel = readModels.apply(envelope.aggregateType());
      boolean known = event.typed() != null;
      ApplyResult result = apply(readModel, event);
      if (!known) {
        tally.skipped(envelope, UNKNOWN_TYPE);
      }
      switch (result) {
        case AHEAD -> {
          held.hold(envelope.aggregateType(), envelope.aggregateId(), envelope.sequence(), envelope.type(), event.value());
          tally.held(envelope);
          log.info("holding {} #{} of {} until the events before it arrive", envelope.type(), envelope.sequence(),
              envelope.aggregateId());
          return Outcome.HELD;
        }
        case APPLIED -> {
          log.debug("applied {} #{} of {}", envelope.type(), envelope.sequence(), envelope.aggregateId());
          applyHeldAfter(readModel, held, envelope);
          return known ? Outcome.APPLIED : Outcome.SKIPPED_UNKNOWN_TYPE;
        }
        case ALREADY_APPLIED -> {
          if (known) {
            tally.skipped(envelope, ALREADY_APPLIED);
            return Outcome.SKIPPED_ALREADY_APPLIED;
          }
          return Outcome.SKIPPED_UNKNOWN_TYPE;
        }
        case IGNORED -> {
          return Outcome.SKIPPED_UNKNOWN_TYPE;
        }
        default -> throw new IllegalStateException("unexpected result " + result);
      }
    } finally {
      MDC.remove(MDC_CORRELATION_ID);
    }
  }

  /**
   * Applies the held events that follow {@code applied}, one after another, as long as the next one
   * is held; each is forgotten once the read model holds it.
   */
  private void applyHeldAfter(ReadModel readModel, HeldRecords held, EventEnvelope<?> applied) {
    String type = applied.aggregateType();
    String id = applied.aggregateId();
    long sequence = applied.sequence();
    held.release(type, id, sequence);
    while (true) {
      var next = held.find(type, id, sequence + 1);
      if (next.isEmpty()) {
        return;
      }
      Event event = prepare(next.get());
      if (apply(readModel, event) == ApplyResult.AHEAD) {
        return;
      }
      log.info("applied held {} #{} of {}", event.envelope().type(), event.envelope().sequence(), id);
      sequence++;
      held.release(type, id, sequence);
    }
  }

  private static ApplyResult apply(ReadModel readModel, Event event) {
    return event.typed() == null ? readModel.passOver(event.envelope()) : readModel.project(event.typed());
  }

  /**
   * Parses a record into its event, with the payload of its type when its read model knows it.
   *
   * @throws MalformedEventException when the record is not a well-formed event
   */
  private Event prepare(byte[] value) {
    EventEnvelope<JsonNode> event = parser.parse(value);
    AggregateProjection projection = projections.get(event.aggregateType());
    if (projection == null) {
      return new Event(event, null, null, value);
    }
    EventTypes.find(event.type())
        .filter(t -> !t.aggregateType().equals(event.aggregateType()))
        .ifPresent(
            t -> {
              throw new MalformedEventException(
                  event.type() + " is an event of " + t.aggregateType() + ", not of " + event.aggregateType());
            });
    Class<?> payloadClass = projection.eventTypes().get(event.type());
    return new Event(event, projection, payloadClass == null ? null : parser.withPayload(event, payloadClass), value);
  }

  /**
   * A well-formed record.
   *
   * @param projection the read model of its aggregate type, {@code null} when none takes it
   * @param typed the event with the payload of its type, {@code null} when the read model does not know the type
   * @param value the record as it arrived
   */
  private record Event(
      EventEnvelope<JsonNode> envelope, AggregateProjection projection, EventEnvelope<?> typed, byte[] value) {}

  /** The working copies of the read models and of the held events a batch of events touches. */
  private final class Batch {

    private final Map<String, ProjectionBatch> readModels = new LinkedHashMap<>();
    private final HeldEvents.Batch held = EventRouter.this.held.batch();

    Batch(List<Event> events) {
      Map<String, Set<String>> aggregates = new LinkedHashMap<>();
      for (Event event : events) {
        if (event.projection() != null) {
          aggregates.computeIfAbsent(event.envelope().aggregateType(), t -> new LinkedHashSet<>())
              .add(event.envelope().aggregateId());
        }
      }
      aggregates.forEach((type, ids) -> readModel(type).load(ids));
      held.load(aggregates);
    }

    ProjectionBatch readModel(String aggregateType) {
      return readModels.computeIfAbsent(aggregateType, type -> projections.get(type).batch());
    }

    /**
     * Writes the read models, then the held events (so that an event is never released before the
     * read model that holds it is written).
     *
     * @return {@code false} when another writer changed a document meanwhile; the held events are
     *     then not written
     */
    boolean write() {
      for (ProjectionBatch readModel : readModels.values()) {
        if (!readModel.write()) {
          return false;
        }
      }
      readModels.forEach((type, readModel) -> held.releaseApplied(type, readModel::lastSequence));
      held.write();
      return true;
    }
  }

  /** The counts of a record or a batch, made once it is written. */
  private final class Tally {

    private final List<Runnable> counts = new ArrayList<>();

    void skipped(EventEnvelope<?> event, String reason) {
      log.debug("skipped {} #{} of {}: {}", event.type(), event.sequence(), event.aggregateId(), reason);
      counts.add(
          () ->
              Counter.builder(SKIPPED_METRIC)
                  .description("Events the read models did not apply")
                  .tag("type", event.type())
                  .tag("reason", reason)
                  .register(meters)
                  .increment());
    }

    void held(EventEnvelope<?> event) {
      counts.add(
          () ->
              Counter.builder(HELD_METRIC)
                  .description("Events held until the events before them are applied")
                  .tag("type", event.type())
                  .register(meters)
                  .increment());
    }

    void count() {
      counts.forEach(Runnable::run);
    }
  }
}
