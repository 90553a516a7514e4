package io.shouwei.hazard.audit;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.hazard.audit.AuditedType.Owner;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.config.SnapshotRevisions;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.hazard.view.HazardViewChanges;
import io.shouwei.hazard.hazard.view.HazardViews;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.mine.view.MineViewChanges;
import io.shouwei.hazard.mine.view.MineViews;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.view.OrderView;
import io.shouwei.hazard.order.view.OrderViewChanges;
import io.shouwei.hazard.order.view.OrderViews;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The aggregate types the audit endpoints serve. Who may read an object is decided on its current
 * view; its past states are replayed with the same changes that keep that view.
 */
@Component
public class AuditedTypes {

  /** A hazard's view from its events ({@link HazardViewChanges}). */
  static final Fold<HazardView> HAZARD_FOLD = new Fold<>() {
    @Override
    public HazardView first(DomainEventMessage<?> event) {
      if (event.getPayload() instanceof HazardReportedEvent reported) {
        return HazardViewChanges.reported(reported, event.getSequenceNumber(), actor(event));
      }
      throw notFirst(event);
    }

    @Override
    public HazardView next(HazardView state, DomainEventMessage<?> event) {
      return HazardViewChanges.apply(state, event.getPayload(), event.getSequenceNumber(), actor(event));
    }
  };

  /** A mine's view from its events ({@link MineViewChanges}). */
  static final Fold<MineView> MINE_FOLD = new Fold<>() {
    @Override
    public MineView first(DomainEventMessage<?> event) {
      if (event.getPayload() instanceof MineRegisteredEvent registered) {
        return MineViewChanges.registered(registered, event.getSequenceNumber(), event.getTimestamp(), actor(event));
      }
      throw notFirst(event);
    }

    @Override
    public MineView next(MineView state, DomainEventMessage<?> event) {
      return MineViewChanges.apply(state, event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
    }
  };

  /** An order's view from its events ({@link OrderViewChanges}). */
  static final Fold<OrderView> ORDER_FOLD = new Fold<>() {
    @Override
    public OrderView first(DomainEventMessage<?> event) {
      if (event.getPayload() instanceof OrderIssuedEvent issued) {
        return OrderViewChanges.issued(issued, event.getSequenceNumber(), event.getTimestamp(), actor(event));
      }
      throw notFirst(event);
    }

    @Override
    public OrderView next(OrderView state, DomainEventMessage<?> event) {
      return OrderViewChanges.apply(
          state, event.getPayload(), event.getSequenceNumber(), event.getTimestamp(), actor(event));
    }
  };

  private final AuditedType<HazardView> hazard;
  private final AuditedType<MineView> mine;
  private final AuditedType<OrderView> order;
  private final Map<String, AuditedType<?>> byAggregateType;

  /**
   * @param upcasters the event store's upcasters: they decide what a stored event reads as, so
   *     they are part of every type's state revision
   */
  public AuditedTypes(
      HazardViews hazards, MineViews mines, OrderViews orders, ObjectProvider<EventUpcaster> upcasters) {
    List<Class<?>> upcasterClasses = upcasters.orderedStream().<Class<?>>map(Object::getClass).toList();
    this.hazard =
        new AuditedType<>(
            AggregateTypes.HAZARD,
            id -> hazards.find(id).map(h -> new Owner(h.enterpriseId(), h.townCode())),
            HAZARD_FOLD,
            HazardView.class,
            revision(HazardView.class, HazardViewChanges.class, HAZARD_FOLD, upcasterClasses));
    this.mine =
        new AuditedType<>(
            AggregateTypes.MINE,
            id -> mines.find(id).map(m -> new Owner(m.enterpriseId(), m.townCode())),
            MINE_FOLD,
            MineView.class,
            revision(MineView.class, MineViewChanges.class, MINE_FOLD, upcasterClasses));
    this.order =
        new AuditedType<>(
            AggregateTypes.ORDER,
            id -> orders.find(id).map(o -> new Owner(o.enterpriseId(), o.townCode())),
            ORDER_FOLD,
            OrderView.class,
            revision(OrderView.class, OrderViewChanges.class, ORDER_FOLD, upcasterClasses));
    this.byAggregateType =
        Map.of(hazard.aggregateType(), hazard, mine.aggregateType(), mine, order.aggregateType(), order);
  }

  public AuditedType<HazardView> hazard() {
    return hazard;
  }

  public AuditedType<MineView> mine() {
    return mine;
  }

  public AuditedType<OrderView> order() {
    return order;
  }

  /** The audited type whose events are stored with this aggregate type, if it is one. */
  public Optional<AuditedType<?>> byAggregateType(String aggregateType) {
    return Optional.ofNullable(aggregateType).map(byAggregateType::get);
  }

  /**
   * The revision of a type's replayed states: a digest ({@link SnapshotRevisions#digest(Collection)})
   * of the state's classes, of the changes and the fold that make it from events, of this class
   * (which reads the actor) and the metadata keys, of the snapshots' JSON form, and of the
   * upcasters through which stored events are read. Event payload classes enter through their
   * upcasters: a stored event changes form only with an upcaster.
   */
  static String revision(Class<?> state, Class<?> changes, Fold<?> fold, Collection<Class<?>> upcasters) {
    List<Class<?>> roots = new ArrayList<>(
        List.of(state, changes, fold.getClass(), AuditedTypes.class, MetadataKeys.class, StateJson.class));
    roots.addAll(upcasters);
    return SnapshotRevisions.digest(roots);
  }

  /** Who caused the event, as its metadata records it. */
  static Actor actor(DomainEventMessage<?> event) {
    return MetadataKeys.actor(event.getMetaData());
  }

  private static IllegalArgumentException notFirst(DomainEventMessage<?> event) {
    return new IllegalArgumentException(
        "event " + event.getSequenceNumber() + " (" + event.getPayloadType().getSimpleName()
            + ") cannot begin the object's history");
  }
}
