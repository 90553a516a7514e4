package io.shouwei.hazard.audit;

import io.shouwei.contracts.Actor;
import io.shouwei.contracts.AggregateTypes;
import io.shouwei.contracts.Role;
import io.shouwei.contracts.hazard.HazardLevel;
import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.config.MetadataKeys;
import io.shouwei.hazard.hazard.api.DeadlineExtensionApprovedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRefusedEvent;
import io.shouwei.hazard.hazard.api.DeadlineExtensionRequestedEvent;
import io.shouwei.hazard.hazard.api.FiveItemPlan;
import io.shouwei.hazard.hazard.api.HazardClassifiedEvent;
import io.shouwei.hazard.hazard.api.HazardReopenedEvent;
import io.shouwei.hazard.hazard.api.HazardReportedEvent;
import io.shouwei.hazard.hazard.api.HazardSignedOffEvent;
import io.shouwei.hazard.hazard.api.RectificationCompletedEvent;
import io.shouwei.hazard.hazard.api.RectificationPlannedEvent;
import io.shouwei.hazard.hazard.api.RectificationProgressRecordedEvent;
import io.shouwei.hazard.hazard.api.RectificationRejectedEvent;
import io.shouwei.hazard.hazard.api.RectificationStartedEvent;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * Random but plausible lifecycles of hazards (with reopen cycles and deadline extensions), mines
 * and orders, as the domain events their aggregates store, with actors in the metadata and stored
 * times that mostly advance, sometimes share a millisecond and now and then step back (a clock
 * corrected): the inputs of the property tests of past states.
 */
final class RandomHistories {

  static final Instant START = Instant.parse("2026-03-02T01:20:00.123Z");

  private static final String[] WORDS = {
      "北帮台阶坡顶裂缝", "bench 4", "crest", "\"quoted\"", "back\\slash", "line\nbreak", "tab\there", "尾矿库",
      "émigré", "🙂", "", "Zhang San", "12 m", "doc://plans/bench-4"};

  private static final Actor[] ACTORS = {
      new Actor("inspector-li", Role.TOWN_AGENCY, "town-office-101"),
      new Actor("safety-ent-a", Role.ENTERPRISE, "ent-a"),
      new Actor("bureau-chen", Role.DISTRICT_AGENCY, "district-bureau"),
      new Actor("svc-workflow", Role.SERVICE, null)};

  /** One object's events, in sequence order. */
  record History(String aggregateType, String id, List<DomainEventMessage<?>> events) {

    long last() {
      return events.size() - 1;
    }

    /** The first {@code count} events. */
    History first(int count) {
      return new History(aggregateType, id, events.subList(0, count));
    }

    /** The events from {@code sequence} on. */
    History from(int sequence) {
      return new History(aggregateType, id, events.subList(sequence, events.size()));
    }
  }

  private final Random random;
  private Instant now;

  RandomHistories(Random random) {
    this.random = random;
    this.now = START.plus(Duration.ofDays(random.nextInt(400)));
  }

  History any(int length) {
    return switch (random.nextInt(4)) {
      case 0 -> mine(length);
      case 1 -> order(length);
      default -> hazard(length);
    };
  }

  /** A hazard: reported, then classified, planned, started, progressed, completed, rejected, signed off, reopened, … */
  History hazard(int length) {
    String id = UUID.randomUUID().toString();
    Builder b = new Builder(AggregateTypes.HAZARD, id);
    b.add(new HazardReportedEvent(
        id, "YH-310115101-2026-" + random.nextInt(10_000), "mine-" + random.nextInt(9), "ent-a", "310115101",
        pick(MineType.values()), random.nextBoolean() ? null : "campaign-1", pick(HazardSource.values()),
        text(), text(), text(), text(), at(), at(), Map.of("slopeHeightMetres", 60.5, "monitored", true),
        random.nextBoolean() ? null : pick(HazardLevel.values()), texts(), texts()));
    String status = "REPORTED";
    Integer pending = null;
    int extensions = 0;
    Instant deadline = null;
    while (b.size() < length) {
      List<String> moves = new ArrayList<>(switch (status) {
        case "REPORTED" -> List.of("classify", "plan");
        case "PLANNED" -> List.of("classify", "plan", "start", "start");
        case "RECTIFYING" -> List.of("progress", "progress", "complete");
        case "SUBMITTED" -> List.of("reject", "signOff", "signOff");
        case "SIGNED_OFF" -> List.of("reopen");
        default -> List.of("plan", "classify");
      });
      if (deadline != null && !status.equals("SIGNED_OFF")) {
        moves.add(pending == null ? "requestExtension" : "decideExtension");
      }
      switch (pick(moves.toArray(String[]::new))) {
        case "classify" -> b.add(new HazardClassifiedEvent(
            id, pick(HazardLevel.values()), texts(), random.nextBoolean() ? null : pick(HazardLevel.values()), text(),
            at()));
        case "plan" -> {
          FiveItemPlan plan = plan();
          deadline = plan.deadline();
          status = "PLANNED";
          b.add(new RectificationPlannedEvent(id, plan, at()));
        }
        case "start" -> {
          status = "RECTIFYING";
          b.add(new RectificationStartedEvent(id, at()));
        }
        case "progress" -> b.add(new RectificationProgressRecordedEvent(id, text(), random.nextInt(100), texts(), at()));
        case "complete" -> {
          status = "SUBMITTED";
          b.add(new RectificationCompletedEvent(id, texts(), text(), at()));
        }
        case "reject" -> {
          status = "RECTIFYING";
          b.add(new RectificationRejectedEvent(id, text(), at()));
        }
        case "signOff" -> {
          status = "SIGNED_OFF";
          pending = null;
          b.add(new HazardSignedOffEvent(id, pick(HazardLevel.values()), text(), at()));
        }
        case "reopen" -> {
          status = "REOPENED";
          b.add(new HazardReopenedEvent(id, text(), "revisit-" + random.nextInt(99), at()));
        }
        case "requestExtension" -> {
          pending = ++extensions;
          b.add(new DeadlineExtensionRequestedEvent(id, pending, deadline, deadline.plus(Duration.ofDays(7)), text(),
              at()));
        }
        default -> {
          if (random.nextBoolean()) {
            Instant previous = deadline;
            deadline = deadline.plus(Duration.ofDays(7));
            b.add(new DeadlineExtensionApprovedEvent(id, pending, previous, deadline, text(), at()));
          } else {
            b.add(new DeadlineExtensionRefusedEvent(id, pending, text(), at()));
          }
          pending = null;
        }
      }
    }
    return b.history();
  }

  /**
   * A hazard reported, planned, started, then progressing: event {@code n} from 3 on records
   * {@code n} percent with the note {@code step n}.
   */
  History progressingHazard(int length) {
    String id = UUID.randomUUID().toString();
    Builder b = new Builder(AggregateTypes.HAZARD, id);
    b.add(new HazardReportedEvent(
        id, "YH-310115101-2026-0007", "mine-1", "ent-a", "310115101", MineType.OPEN_PIT, null,
        HazardSource.AGENCY_INSPECTION, "slope", "北帮台阶坡顶裂缝", text(), "bench 4", at(), at(), Map.of(),
        HazardLevel.GENERAL, List.of(), List.of()));
    b.add(new RectificationPlannedEvent(id, new FiveItemPlan(
        List.of("Fence off the crest of bench 4"), null, Instant.parse("2026-12-31T00:00:00Z"),
        new FiveItemPlan.Responsibility("Zhang San", "Safety manager", "North pit"), null), at()));
    b.add(new RectificationStartedEvent(id, at()));
    while (b.size() < length) {
      int n = b.size();
      b.add(new RectificationProgressRecordedEvent(id, "step " + n, n % 101, List.of(), at()));
    }
    return b.history();
  }

  /** A mine: registered, then facts updated, stopped by orders, resumed, closed (and anything after). */
  History mine(int length) {
    String id = UUID.randomUUID().toString();
    Builder b = new Builder(AggregateTypes.MINE, id);
    b.add(new MineRegisteredEvent(id, text(), "ent-a", text(), "310115101", pick(MineType.values()), facts()));
    List<String> stopping = new ArrayList<>();
    while (b.size() < length) {
      switch (random.nextInt(4)) {
        case 0 -> b.add(new MineFactsUpdatedEvent(id, facts()));
        case 1 -> {
          String order = "order-" + random.nextInt(5);
          stopping.add(order);
          b.add(new MineStoppedByOrderEvent(id, order));
        }
        case 2 -> b.add(new MineResumedEvent(
            id, stopping.isEmpty() ? "order-9" : stopping.remove(0),
            random.nextBoolean() ? ProductionStatus.OPERATING : ProductionStatus.STOPPED_BY_ORDER));
        default -> b.add(new MineClosedEvent(id, text()));
      }
    }
    return b.history();
  }

  /** An order: issued, then acknowledged, in force, resumption applied, reviewed or rejected, lifted or fulfilled. */
  History order(int length) {
    String id = UUID.randomUUID().toString();
    Builder b = new Builder(AggregateTypes.ORDER, id);
    b.add(new OrderIssuedEvent(
        id, "ZL-310115101-2026-" + random.nextInt(1000), "mine-1", "ent-a", "310115101", pick(OrderType.values()),
        texts(), at(), text(), random.nextBoolean() ? null : "campaign-1", random.nextBoolean() ? null : at(), at()));
    int applications = 0;
    while (b.size() < length) {
      int move = random.nextInt(7);
      if (move >= 3 && move <= 4 && applications == 0) {
        move = 2;
      }
      switch (move) {
        case 0 -> b.add(new OrderAcknowledgedEvent(id, at()));
        case 1 -> b.add(new StopTookEffectEvent(id, "mine-1", pick(StopCause.values()), at()));
        case 2 -> b.add(new ResumptionAppliedEvent(id, ++applications, text(), text(), at()));
        case 3 -> b.add(new ResumptionReviewedEvent(id, pick(ReviewOutcome.values()), text(), at()));
        case 4 -> b.add(new ResumptionRejectedEvent(id, text(), at()));
        case 5 -> b.add(new OrderLiftedEvent(id, "mine-1", random.nextBoolean() ? null : text(), at()));
        default -> b.add(new OrderFulfilledEvent(id, text(), at()));
      }
    }
    return b.history();
  }

  private final class Builder {
    private final String type;
    private final String id;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    Builder(String type, String id) {
      this.type = type;
      this.id = id;
    }

    int size() {
      return events.size();
    }

    void add(Object payload) {
      Actor actor = pick(ACTORS);
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put(MetadataKeys.ACTOR_USER_ID, actor.userId());
      metadata.put(MetadataKeys.ACTOR_ROLE, actor.role().name());
      if (actor.orgId() != null) {
        metadata.put(MetadataKeys.ACTOR_ORG, actor.orgId());
      }
      metadata.put(MetadataKeys.CORRELATION_ID, "req-" + random.nextInt(1000));
      metadata.put(MetadataKeys.CAUSATION_ID, UUID.randomUUID().toString());
      events.add(new GenericDomainEventMessage<>(
          type, id, events.size(), payload, metadata, UUID.randomUUID().toString(), storedAt()));
    }

    History history() {
      return new History(type, id, List.copyOf(events));
    }
  }

  /** The next stored time, to the millisecond as the chain keeps it. */
  private Instant storedAt() {
    int roll = random.nextInt(100);
    long millis;
    if (roll < 10) {
      millis = 0;
    } else if (roll < 50) {
      millis = 1 + random.nextInt(20);
    } else if (roll < 95) {
      millis = 1_000L + random.nextInt(3_600_000);
    } else {
      millis = -1 - random.nextInt(50);
    }
    now = now.plusMillis(millis);
    return now;
  }

  /** A time inside a payload: to the second, the millisecond or the nanosecond. */
  private Instant at() {
    Instant t = now.plusSeconds(random.nextInt(86_400 * 60));
    return switch (random.nextInt(3)) {
      case 0 -> Instant.ofEpochSecond(t.getEpochSecond());
      case 1 -> t;
      default -> t.plusNanos(1 + random.nextInt(999_999));
    };
  }

  private FiveItemPlan plan() {
    BigDecimal amount = switch (random.nextInt(4)) {
      case 0 -> new BigDecimal("12000.50");
      case 1 -> new BigDecimal("1E+3");
      case 2 -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
      default -> new BigDecimal("0.10");
    };
    return new FiveItemPlan(
        texts(),
        random.nextBoolean() ? new FiveItemPlan.Funds(amount, text()) : null,
        Instant.ofEpochSecond(now.plus(Duration.ofDays(10 + random.nextInt(60))).getEpochSecond()),
        new FiveItemPlan.Responsibility(text(), text(), text()),
        random.nextBoolean() ? new FiveItemPlan.ContingencyPlan(text(), text()) : null);
  }

  private MineFacts facts() {
    Map<String, Object> other = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      other.put("benchCount", (long) random.nextInt(40));
      other.put("waterInflow", random.nextInt(1000) / 8.0);
      other.put("fenced", random.nextBoolean());
    }
    return new MineFacts(
        random.nextBoolean() ? null : random.nextInt(2000) / 4.0, random.nextBoolean() ? null : random.nextBoolean(),
        null, random.nextBoolean(), null, random.nextBoolean() ? null : 1 + random.nextInt(5),
        random.nextBoolean() ? null : (double) random.nextInt(300), other);
  }

  private String text() {
    return pick(WORDS) + " " + random.nextInt(1000);
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      texts.add(text());
    }
    return texts;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
