package io.shouwei.hazard.order.application;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.hazard.campaign.application.Campaigns;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.hazard.view.HazardView;
import io.shouwei.hazard.hazard.view.HazardViews;
import io.shouwei.hazard.mine.ProductionStatus;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.mine.view.MineViews;
import io.shouwei.hazard.order.InvalidOrderTransition;
import io.shouwei.hazard.order.OrderRuleViolation;
import io.shouwei.hazard.order.api.AcknowledgeOrderCommand;
import io.shouwei.hazard.order.api.ApplyForResumptionCommand;
import io.shouwei.hazard.order.api.CitedHazard;
import io.shouwei.hazard.order.api.DecideResumptionCommand;
import io.shouwei.hazard.order.api.EnforceStopCommand;
import io.shouwei.hazard.order.api.FulfilOrderCommand;
import io.shouwei.hazard.order.api.IssueOrderCommand;
import io.shouwei.hazard.order.api.ResumptionDecision;
import io.shouwei.hazard.order.api.ReviewResumptionCommand;
import io.shouwei.hazard.order.view.OrderView;
import io.shouwei.hazard.order.view.OrderViews;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;
import io.shouwei.platform.web.PageParams;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The order use cases: who may do what to which order, the clock, the id and number, the expected
 * version, and the facts of the mine and the cited hazards that the order's rules need, read from
 * their views; the rules themselves are the aggregate's. An order the caller may not see is
 * answered exactly like a missing one. Every change answers the order as it is afterwards.
 */
@Service
public class OrderService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  private final CommandGateway commands;
  private final OrderViews views;
  private final MineViews mines;
  private final HazardViews hazards;
  private final OrderNumbers numbers;
  private final OrderProperties properties;
  private final Campaigns campaigns;
  private final Clock clock;

  public OrderService(
      CommandGateway commands,
      OrderViews views,
      MineViews mines,
      HazardViews hazards,
      OrderNumbers numbers,
      OrderProperties properties,
      Campaigns campaigns,
      Clock clock) {
    this.commands = commands;
    this.views = views;
    this.mines = mines;
    this.hazards = hazards;
    this.numbers = numbers;
    this.properties = properties;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  /**
   * Issues an order against a mine the caller may act on as an agency. Each cited hazard is looked
   * up: one the caller cannot see counts as unknown. An order to stop production without an
   * acknowledgement deadline gets the configured period after its issue.
   *
   * <p>Answers 403 for a role that issues nothing, 404 for a mine that does not exist or is not the
   * caller's (alike), 409 for a closed mine, 422 for a rule of the order or a campaign that was
   * never launched.
   */
  public IssuedOrder issue(NewOrder order) {
    Caller caller = Callers.require();
    Reach reach = OrderAccess.asAgency(caller.role());
    if (reach == Reach.NONE) {
      throw OrderProblems.forbidden("Your role may not issue orders.");
    }
    MineView mine =
        mines.find(order.mineId())
            .filter(m -> Jurisdiction.canRead(caller, m.enterpriseId(), m.townCode()))
            .filter(m -> Jurisdiction.covers(reach, caller, m.enterpriseId(), m.townCode()))
            .orElseThrow(() -> ProblemException.notFound("Mine", order.mineId()));
    if (mine.productionStatus() == ProductionStatus.CLOSED) {
      throw OrderProblems.mineClosed(mine.id());
    }
    List<CitedHazard> cited =
        order.citedHazardIds().stream()
            .map(id -> new CitedHazard(id, hazards.find(id)
                .filter(h -> Jurisdiction.canRead(caller, h.enterpriseId(), h.townCode()))
                .map(HazardView::mineId)
                .orElse(null)))
            .toList();
    campaigns.requireKnown(order.campaignId());
    Instant now = clock.instant();
    Instant acknowledgementDeadline =
        order.type() == OrderType.STOP_PRODUCTION && order.acknowledgementDeadline() == null
            ? now.plus(properties.acknowledgementPeriod())
            : truncated(order.acknowledgementDeadline());
    String orderId = UUID.randomUUID().toString();
    String number = numbers.next(mine.townCode(), now);
    try {
      commands.sendAndWait(
          new IssueOrderCommand(
              orderId, number, actingAs(caller), mine.id(), mine.enterpriseId(), mine.townCode(), order.type(), cited,
              truncated(order.deadline()), order.legalBasis(), order.campaignId(), acknowledgementDeadline, now));
    } catch (OrderRuleViolation violation) {
      throw OrderProblems.ruleViolated(violation);
    }
    return new IssuedOrder(orderId, number);
  }

  /** The order as the caller may see it. */
  public OrderView get(String orderId) {
    Caller caller = Callers.require();
    Reach reach = Jurisdiction.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw OrderProblems.forbidden("Your role may not read orders.");
    }
    return views.find(orderId)
        .filter(o -> Jurisdiction.covers(reach, caller, o.enterpriseId(), o.townCode()))
        .orElseThrow(() -> ProblemException.notFound("Order", orderId));
  }

  /**
   * One page of the orders the caller may read, newest first; of one mine when {@code mineId} is
   * given (404 when that mine is not the caller's to read).
   */
  public List<OrderView> list(String mineId, PageParams page) {
    Caller caller = Callers.require();
    Reach reach = Jurisdiction.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw OrderProblems.forbidden("Your role may not read orders.");
    }
    if (mineId != null) {
      mines.find(mineId)
          .filter(m -> Jurisdiction.covers(reach, caller, m.enterpriseId(), m.townCode()))
          .orElseThrow(() -> ProblemException.notFound("Mine", mineId));
    }
    return switch (reach) {
      case ALL -> views.list(mineId, null, null, page.offset(), page.size());
      case OWN_ENTERPRISE -> views.list(
          mineId, caller.enterpriseId() == null ? Set.of() : Set.of(caller.enterpriseId()), null,
          page.offset(), page.size());
      case OWN_TOWNS -> views.list(mineId, null, Set.copyOf(caller.towns()), page.offset(), page.size());
      case OWN_GROUP -> views.list(mineId, Set.copyOf(caller.groupEnterprises()), null, page.offset(), page.size());
      case NONE -> List.of();
    };
  }

  /** The enterprise acknowledges the order. */
  public OrderView acknowledge(String orderId, Long expectedVersion) {
    return change(orderId, expectedVersion, OrderAccess::asEnterprise, "acknowledge",
        (order, actingAs, now) -> new AcknowledgeOrderCommand(orderId, expectedVersion, actingAs, now));
  }

  /** The enterprise applies to resume production; the cited hazards' statuses are read now. */
  public OrderView applyForResumption(
      String orderId, Long expectedVersion, String rectificationReportRef, String assessmentReportRef) {
    return change(orderId, expectedVersion, OrderAccess::asEnterprise, "apply to resume production under",
        (order, actingAs, now) -> new ApplyForResumptionCommand(
            orderId, expectedVersion, actingAs, hazardStatuses(order), rectificationReportRef, assessmentReportRef,
            now, properties.reapplicationBlock()));
  }

  /** An agency over the mine's town reviews the application to resume. */
  public OrderView reviewResumption(String orderId, Long expectedVersion, ReviewOutcome outcome, String findings) {
    return change(orderId, expectedVersion, OrderAccess::asAgency, "review resumptions under",
        (order, actingAs, now) -> new ReviewResumptionCommand(orderId, expectedVersion, actingAs, outcome, findings, now));
  }

  /** The district bureau approves (lifts the order) or rejects the reviewed application. */
  public OrderView decideResumption(
      String orderId, Long expectedVersion, ResumptionDecision decision, String reason) {
    return change(orderId, expectedVersion, OrderAccess::asDistrict, "decide on resumptions under",
        (order, actingAs, now) -> new DecideResumptionCommand(orderId, expectedVersion, actingAs, decision, reason, now));
  }

  /**
   * The service itself (workflow-service, when an order to stop production was not acknowledged in
   * time) lets the stop take effect; idempotent, so a retried call changes nothing. The sweeper of
   * this service does the same on its own, as a safety net.
   */
  public OrderView enforceStop(String orderId) {
    return change(orderId, null, OrderAccess::asService, "enforce the stop of",
        (order, actingAs, now) -> new EnforceStopCommand(orderId, now));
  }

  /** An agency over the mine's town closes an order to rectify within a deadline. */
  public OrderView fulfil(String orderId, Long expectedVersion, String remark) {
    return change(orderId, expectedVersion, OrderAccess::asAgency, "fulfil",
        (order, actingAs, now) -> new FulfilOrderCommand(
            orderId, expectedVersion, actingAs, hazardStatuses(order), remark, now));
  }

  /** Builds a command from the order as the caller saw it, the caller's capacity and "now". */
  @FunctionalInterface
  private interface CommandFactory {
    Object command(OrderView order, ActingAs actingAs, Instant now);
  }

  /**
   * Sends a command for an order the caller may change and saw at {@code expectedVersion}. The
   * version is checked here first (to answer the current one) and again by the aggregate.
   */
  private OrderView change(
      String orderId, Long expectedVersion, Function<Role, Reach> access, String action,
      CommandFactory factory) {
    Caller caller = Callers.require();
    Reach reach = access.apply(caller.role());
    if (reach == Reach.NONE) {
      throw OrderProblems.forbidden("Your role may not " + action + " orders.");
    }
    OrderView order =
        views.find(orderId)
            .filter(o -> Jurisdiction.canRead(caller, o.enterpriseId(), o.townCode()))
            .filter(o -> Jurisdiction.covers(reach, caller, o.enterpriseId(), o.townCode()))
            .orElseThrow(() -> ProblemException.notFound("Order", orderId));
    if (expectedVersion != null && expectedVersion != order.version()) {
      throw OrderProblems.stale(orderId, order.version(), expectedVersion);
    }
    try {
      commands.sendAndWait(factory.command(order, actingAs(caller), clock.instant()));
    } catch (OrderRuleViolation violation) {
      throw OrderProblems.ruleViolated(violation);
    } catch (InvalidOrderTransition refused) {
      throw OrderProblems.invalidTransition(refused);
    } catch (ConflictingModificationException | ConcurrencyException concurrent) {
      if (expectedVersion != null) {
        throw OrderProblems.stale(orderId, null, expectedVersion);
      }
      throw new ProblemException(
          HttpStatus.CONFLICT, Problems.CONFLICT, "Order " + orderId + " was changed at the same time; try again.");
    }
    return views.find(orderId).orElseThrow(() -> ProblemException.notFound("Order", orderId));
  }

  /** The current status of each cited hazard that still has a view. */
  private Map<String, HazardStatus> hazardStatuses(OrderView order) {
    Map<String, HazardStatus> statuses = new LinkedHashMap<>();
    for (String id : order.citedHazardIds()) {
      hazards.find(id).ifPresent(h -> statuses.put(id, h.status()));
    }
    return statuses;
  }

  private static ActingAs actingAs(Caller caller) {
    return new ActingAs(caller.role(), caller.enterpriseId(), Set.copyOf(caller.towns()));
  }

  private static Instant truncated(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
