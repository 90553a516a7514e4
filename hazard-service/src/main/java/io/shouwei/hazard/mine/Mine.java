package io.shouwei.hazard.mine;

import static io.shouwei.hazard.mine.MineAction.CLOSE_MINE;
import static io.shouwei.hazard.mine.MineAction.RESUME_MINE;
import static io.shouwei.hazard.mine.MineAction.STOP_MINE_BY_ORDER;
import static io.shouwei.hazard.mine.MineAction.UPDATE_MINE_FACTS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineRuleViolation.Rule;
import io.shouwei.hazard.mine.api.CloseMineCommand;
import io.shouwei.hazard.mine.api.MineClosedEvent;
import io.shouwei.hazard.mine.api.MineFactsUpdatedEvent;
import io.shouwei.hazard.mine.api.MineRegisteredEvent;
import io.shouwei.hazard.mine.api.MineResumedEvent;
import io.shouwei.hazard.mine.api.MineStoppedByOrderEvent;
import io.shouwei.hazard.mine.api.RegisterMineCommand;
import io.shouwei.hazard.mine.api.ResumeMineCommand;
import io.shouwei.hazard.mine.api.StopMineByOrderCommand;
import io.shouwei.hazard.mine.api.UpdateMineFactsCommand;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A mine (矿山) registered with its enterprise, town, type and facts, and its production status.
 * Only orders stop it and only lifted orders resume it; several orders may stop it at once, and it
 * operates again when the last of them is lifted. A closed mine changes no more. Event sourced;
 * knows nothing of Spring, HTTP or the clock.
 */
public class Mine {

  /** The longest name of a mine or an enterprise, in characters (Unicode code points). */
  public static final int NAME_MAX_LENGTH = 200;

  /** The metadata key of the sender's role (the service's {@code MetadataKeys.ACTOR_ROLE}). */
  static final String ACTOR_ROLE = "actorRole";

  /** Who may stop or resume a mine for an order. */
  static final Set<Role> ORDERING_ROLES = Set.of(Role.SERVICE, Role.DISTRICT_AGENCY, Role.TOWN_AGENCY);

  @AggregateIdentifier
  private String mineId;

  private MineType type;
  private MineFacts facts;
  private ProductionStatus status;
  /** The orders that stop the mine now, in the order they took effect. */
  private final Set<String> stoppingOrders = new LinkedHashSet<>();
  /** The orders whose stop was lifted: a late repeat of their stop or resumption changes nothing. */
  private final Set<String> liftedOrders = new HashSet<>();

  /** For event sourcing. */
  protected Mine() {}

  @CommandHandler
  public Mine(RegisterMineCommand command) {
    requireText(command.mineId(), "mineId");
    requireText(command.name(), "name");
    requireText(command.enterpriseId(), "enterpriseId");
    requireText(command.enterpriseName(), "enterpriseName");
    requireText(command.townCode(), "townCode");
    requirePresent(command.type(), "type");
    requirePresent(command.facts(), "facts");
    requireShortName(command.name(), "name");
    requireShortName(command.enterpriseName(), "enterpriseName");
    requireApplicable(command.type(), command.facts());
    apply(
        new MineRegisteredEvent(
            command.mineId(),
            command.name(),
            command.enterpriseId(),
            command.enterpriseName(),
            command.townCode(),
            command.type(),
            command.facts()));
  }

  /** Replaces the facts; facts equal to the current ones store nothing. */
  @CommandHandler
  void handle(UpdateMineFactsCommand command) {
    requireNotClosed(UPDATE_MINE_FACTS);
    requirePresent(command.facts(), "facts");
    requireApplicable(type, command.facts());
    if (command.facts().equals(facts)) {
      return;
    }
    apply(new MineFactsUpdatedEvent(mineId, command.facts()));
  }

  @CommandHandler
  void handle(CloseMineCommand command) {
    requireNotClosed(CLOSE_MINE);
    requireText(command.reason(), "reason");
    apply(new MineClosedEvent(mineId, command.reason()));
  }

  /**
   * Stops the mine under an order. Idempotent: an order that already stops the mine, or whose stop
   * was lifted already, changes nothing.
   */
  @CommandHandler
  void handle(StopMineByOrderCommand command, @MetaDataValue(ACTOR_ROLE) String actorRole) {
    requireOrderingAuthority(actorRole, STOP_MINE_BY_ORDER);
    requireText(command.orderId(), "orderId");
    requireNotClosed(STOP_MINE_BY_ORDER);
    if (stoppingOrders.contains(command.orderId()) || liftedOrders.contains(command.orderId())) {
      return;
    }
    apply(new MineStoppedByOrderEvent(mineId, command.orderId()));
  }

  /**
   * Lifts an order's stop. Idempotent for an order lifted already; refused for an operating mine
   * and for an order that does not stop the mine.
   */
  @CommandHandler
  void handle(ResumeMineCommand command, @MetaDataValue(ACTOR_ROLE) String actorRole) {
    requireOrderingAuthority(actorRole, RESUME_MINE);
    requireText(command.orderId(), "orderId");
    requireNotClosed(RESUME_MINE);
    if (liftedOrders.contains(command.orderId())) {
      return;
    }
    if (status == ProductionStatus.OPERATING) {
      throw refused(RESUME_MINE, "The mine is operating: no order stops it.");
    }
    if (!stoppingOrders.contains(command.orderId())) {
      throw new MineRuleViolation(
          Rule.ORDER_DOES_NOT_STOP_MINE,
          "Order " + command.orderId() + " does not stop this mine; it is stopped by " + stoppingOrders + ".");
    }
    boolean lastStop = stoppingOrders.size() == 1;
    apply(
        new MineResumedEvent(
            mineId,
            command.orderId(),
            lastStop ? ProductionStatus.OPERATING : ProductionStatus.STOPPED_BY_ORDER));
  }

  @EventSourcingHandler
  void on(MineRegisteredEvent event) {
    this.mineId = event.mineId();
    this.type = event.type();
    this.facts = event.facts();
    this.status = ProductionStatus.OPERATING;
  }

  @EventSourcingHandler
  void on(MineFactsUpdatedEvent event) {
    this.facts = event.facts();
  }

  @EventSourcingHandler
  void on(MineClosedEvent event) {
    this.status = ProductionStatus.CLOSED;
  }

  @EventSourcingHandler
  void on(MineStoppedByOrderEvent event) {
    stoppingOrders.add(event.orderId());
    this.status = ProductionStatus.STOPPED_BY_ORDER;
  }

  @EventSourcingHandler
  void on(MineResumedEvent event) {
    stoppingOrders.remove(event.orderId());
    liftedOrders.add(event.orderId());
    this.status = event.productionStatus();
  }

  /** The commands a mine in this status accepts. */
  public static List<MineAction> allowedIn(ProductionStatus status) {
    return switch (status) {
      case OPERATING -> List.of(UPDATE_MINE_FACTS, CLOSE_MINE, STOP_MINE_BY_ORDER);
      case STOPPED_BY_ORDER -> List.of(UPDATE_MINE_FACTS, CLOSE_MINE, STOP_MINE_BY_ORDER, RESUME_MINE);
      case CLOSED -> List.of();
    };
  }

  String mineId() {
    return mineId;
  }

  ProductionStatus status() {
    return status;
  }

  MineFacts facts() {
    return facts;
  }

  Set<String> stoppingOrders() {
    return Set.copyOf(stoppingOrders);
  }

  private void requireNotClosed(MineAction command) {
    if (status == ProductionStatus.CLOSED) {
      throw refused(command, "The mine is closed: it accepts no more changes.");
    }
  }

  private MineTransitionRefused refused(MineAction command, String message) {
    return new MineTransitionRefused(command, status, allowedIn(status), message);
  }

  private static void requireOrderingAuthority(String actorRole, MineAction command) {
    boolean ordering = ORDERING_ROLES.stream().anyMatch(r -> r.name().equals(actorRole));
    if (!ordering) {
      throw new MineRuleViolation(
          Rule.NOT_AN_ORDERING_AUTHORITY,
          command + " is sent for an order by an agency or the service, not by " + actorRole + ".");
    }
  }

  private static void requireApplicable(MineType type, MineFacts facts) {
    if (facts.hasTailingsFacts() && type != MineType.TAILINGS_POND) {
      throw new MineRuleViolation(
          Rule.TAILINGS_FACTS_NOT_APPLICABLE,
          "Pond grade and dam height apply to tailings ponds only, not to a mine of type " + type + ".");
    }
    if (facts.hasSlopeFacts() && (type == MineType.UNDERGROUND || type == MineType.TAILINGS_POND)) {
      throw new MineRuleViolation(
          Rule.SLOPE_FACTS_NOT_APPLICABLE,
          "Slope facts apply to open pits (and mines of type OTHER), not to a mine of type " + type + ".");
    }
  }

  private static void requireShortName(String value, String field) {
    int length = value.codePointCount(0, value.length());
    if (length > NAME_MAX_LENGTH) {
      throw new MineRuleViolation(
          Rule.NAME_TOO_LONG,
          field + " has " + length + " characters; at most " + NAME_MAX_LENGTH + " are allowed.");
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw missing(field);
    }
  }

  private static void requirePresent(Object value, String field) {
    if (value == null) {
      throw missing(field);
    }
  }

  private static MineRuleViolation missing(String field) {
    return new MineRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " is required.");
  }
}
