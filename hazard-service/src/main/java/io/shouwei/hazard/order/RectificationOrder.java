package io.shouwei.hazard.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.shouwei.contracts.Role;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.contracts.order.StopCause;
import io.shouwei.hazard.hazard.HazardStatus;
import io.shouwei.hazard.hazard.api.ActingAs;
import io.shouwei.hazard.order.OrderRuleViolation.Rule;
import io.shouwei.hazard.order.api.AcknowledgeOrderCommand;
import io.shouwei.hazard.order.api.ApplyForResumptionCommand;
import io.shouwei.hazard.order.api.CitedHazard;
import io.shouwei.hazard.order.api.DecideResumptionCommand;
import io.shouwei.hazard.order.api.EnforceStopCommand;
import io.shouwei.hazard.order.api.FulfilOrderCommand;
import io.shouwei.hazard.order.api.IssueOrderCommand;
import io.shouwei.hazard.order.api.OrderAcknowledgedEvent;
import io.shouwei.hazard.order.api.OrderFulfilledEvent;
import io.shouwei.hazard.order.api.OrderIssuedEvent;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.ResumptionAppliedEvent;
import io.shouwei.hazard.order.api.ResumptionDecision;
import io.shouwei.hazard.order.api.ResumptionRejectedEvent;
import io.shouwei.hazard.order.api.ResumptionReviewedEvent;
import io.shouwei.hazard.order.api.ReviewResumptionCommand;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * A rectification order (整改指令) or an order to stop production (责令停产整改) against a mine,
 * citing hazards of that mine. Event sourced; knows nothing of Spring, HTTP or the clock: time and
 * the capacity the sender acts in come in with the commands, and so do the facts of other
 * aggregates a rule needs (the cited hazards' mines and statuses), as the service read them.
 *
 * <p>Lifecycles ({@link OrderStatus}): an order to rectify within a deadline is acknowledged by
 * the enterprise and fulfilled (closed) by an agency once every cited hazard is signed off. An
 * order to stop production takes effect on acknowledgement, or unacknowledged once its
 * acknowledgement deadline has passed ({@link EnforceStopCommand}); the enterprise then applies to
 * resume when every cited hazard is signed off, the town office reviews, the district bureau
 * approves (the order is lifted) or rejects; after a failed review or a rejection the enterprise
 * may apply again once the re-application block (the service's setting, sent with the command)
 * has passed. Taking effect and being lifted are events that the service turns into the mine's
 * stop and resumption.
 *
 * <p>Each command is checked in the same order: the version the sender saw, then whether the
 * state allows the command ({@link InvalidOrderTransition}), then whether this sender may give it,
 * then its content ({@link OrderRuleViolation}).
 */
public class RectificationOrder {

  /** The metadata key of the sender's role (the service's {@code MetadataKeys.ACTOR_ROLE}). */
  static final String ACTOR_ROLE = "actorRole";

  @AggregateIdentifier
  private String orderId;

  private String mineId;
  private String enterpriseId;
  private String townCode;
  private OrderType type;
  private List<String> citedHazardIds;
  private Instant acknowledgementDeadline;
  private OrderStatus status;
  private boolean acknowledged;
  private boolean stopTookEffect;
  private int applications;
  private Instant lastRefusedAt;

  /** For event sourcing. */
  protected RectificationOrder() {}

  @CommandHandler
  public RectificationOrder(IssueOrderCommand command) {
    requireText(command.orderId(), "orderId");
    requireText(command.number(), "number");
    requireText(command.mineId(), "mineId");
    requireText(command.enterpriseId(), "enterpriseId");
    requireText(command.townCode(), "townCode");
    ActingAs actor = requireActor(command.actingAs());
    if (!actor.isAgencyOver(command.townCode())) {
      throw new OrderRuleViolation(
          Rule.ISSUE_NEEDS_AGENCY,
          "Only an agency with jurisdiction over town " + command.townCode() + " issues orders against its mines.");
    }
    requirePresent(command.type(), "type");
    requireText(command.legalBasis(), "legalBasis");
    requirePresent(command.deadline(), "deadline");
    requirePresent(command.issuedAt(), "issuedAt");
    List<String> cited = citedOfTheMine(command.mineId(), command.citedHazards());
    if (!command.deadline().isAfter(command.issuedAt())) {
      throw new OrderRuleViolation(
          Rule.DEADLINE_NOT_IN_FUTURE,
          "The deadline (" + command.deadline() + ") must be after now (" + command.issuedAt() + ").");
    }
    if (command.type() == OrderType.STOP_PRODUCTION) {
      requirePresent(command.acknowledgementDeadline(), "acknowledgementDeadline");
      if (!command.acknowledgementDeadline().isAfter(command.issuedAt())) {
        throw new OrderRuleViolation(
            Rule.ACKNOWLEDGEMENT_DEADLINE_NOT_IN_FUTURE,
            "The acknowledgement deadline (" + command.acknowledgementDeadline() + ") must be after now ("
                + command.issuedAt() + ").");
      }
    } else if (command.acknowledgementDeadline() != null) {
      throw new OrderRuleViolation(
          Rule.ACKNOWLEDGEMENT_DEADLINE_ONLY_FOR_STOP_ORDERS,
          "Only an order to stop production has an acknowledgement deadline; an order to rectify within a deadline"
              + " takes none.");
    }
    apply(
        new OrderIssuedEvent(
            command.orderId(),
            command.number(),
            command.mineId(),
            command.enterpriseId(),
            command.townCode(),
            command.type(),
            cited,
            command.deadline(),
            command.legalBasis(),
            blankToNull(command.campaignId()),
            command.acknowledgementDeadline(),
            command.issuedAt()));
  }

  /**
   * A command sent with a version older than the order's is refused before anything else (a newer
   * one is refused by the repository on loading).
   */
  @CommandHandlerInterceptor
  void refuseStaleVersions(ConflictResolver conflicts) {
    conflicts.detectConflicts(unseenEvents -> true);
  }

  /** An order to stop production takes effect with the acknowledgement, unless it already did. */
  @CommandHandler
  void handle(AcknowledgeOrderCommand command) {
    requireAllowed(OrderAction.ACKNOWLEDGE_ORDER);
    requireEnterprise(command.actingAs(), "acknowledges");
    requirePresent(command.acknowledgedAt(), "acknowledgedAt");
    apply(new OrderAcknowledgedEvent(orderId, command.acknowledgedAt()));
    if (type == OrderType.STOP_PRODUCTION && !stopTookEffect) {
      apply(new StopTookEffectEvent(orderId, mineId, StopCause.ACKNOWLEDGED, command.acknowledgedAt()));
    }
  }

  /**
   * Lets an unacknowledged order to stop production take effect once its acknowledgement deadline
   * has passed. Idempotent: an order whose stop took effect already (by acknowledgement, an
   * earlier enforcement, or before it was lifted) changes nothing, so the service's sweeper and the
   * workflow may both send it, more than once.
   */
  @CommandHandler
  void handle(EnforceStopCommand command, @MetaDataValue(ACTOR_ROLE) String actorRole) {
    if (!Role.SERVICE.name().equals(actorRole)) {
      throw new OrderRuleViolation(
          Rule.ENFORCEMENT_NEEDS_SERVICE, "A stop is enforced by the service itself, not by " + actorRole + ".");
    }
    if (type != OrderType.STOP_PRODUCTION) {
      throw new OrderRuleViolation(
          Rule.NOT_A_STOP_ORDER, "Order " + orderId + " orders rectification within a deadline; it stops nothing.");
    }
    if (stopTookEffect) {
      return;
    }
    requirePresent(command.now(), "now");
    if (command.now().isBefore(acknowledgementDeadline)) {
      throw new OrderRuleViolation(
          Rule.ACKNOWLEDGEMENT_DEADLINE_NOT_PASSED,
          "The acknowledgement deadline (" + acknowledgementDeadline + ") has not passed at " + command.now() + ".");
    }
    apply(new StopTookEffectEvent(orderId, mineId, StopCause.ACKNOWLEDGEMENT_DEADLINE_PASSED, command.now()));
  }

  @CommandHandler
  void handle(ApplyForResumptionCommand command) {
    requireAllowed(OrderAction.APPLY_FOR_RESUMPTION);
    requireEnterprise(command.actingAs(), "applies to resume production");
    requireText(command.rectificationReportRef(), "rectificationReportRef");
    requireText(command.assessmentReportRef(), "assessmentReportRef");
    requirePresent(command.appliedAt(), "appliedAt");
    requirePresent(command.reapplicationBlock(), "reapplicationBlock");
    requireAllSignedOff(command.hazardStatuses(), "Production resumes");
    if (lastRefusedAt != null) {
      Instant blockedUntil = lastRefusedAt.atOffset(ZoneOffset.UTC).plus(command.reapplicationBlock()).toInstant();
      if (command.appliedAt().isBefore(blockedUntil)) {
        throw new OrderRuleViolation(
            Rule.REAPPLICATION_BLOCKED,
            "The last application failed on " + lastRefusedAt + "; a new one is accepted from " + blockedUntil + ".");
      }
    }
    apply(new ResumptionAppliedEvent(
        orderId, applications + 1, command.rectificationReportRef(), command.assessmentReportRef(),
        command.appliedAt()));
  }

  @CommandHandler
  void handle(ReviewResumptionCommand command) {
    requireAllowed(OrderAction.REVIEW_RESUMPTION);
    ActingAs actor = requireActor(command.actingAs());
    if (!actor.isAgencyOver(townCode)) {
      throw new OrderRuleViolation(
          Rule.ACTION_NEEDS_AGENCY,
          "An application to resume is reviewed by an agency with jurisdiction over town " + townCode + ".");
    }
    requirePresent(command.outcome(), "outcome");
    requirePresent(command.reviewedAt(), "reviewedAt");
    if (command.outcome() == ReviewOutcome.FAIL && isBlank(command.findings())) {
      throw new OrderRuleViolation(Rule.FINDINGS_REQUIRED, "A failed review states its findings.");
    }
    apply(new ResumptionReviewedEvent(orderId, command.outcome(), blankToNull(command.findings()), command.reviewedAt()));
  }

  @CommandHandler
  void handle(DecideResumptionCommand command) {
    requireAllowed(OrderAction.DECIDE_RESUMPTION);
    ActingAs actor = requireActor(command.actingAs());
    if (actor.role() != Role.DISTRICT_AGENCY) {
      throw new OrderRuleViolation(
          Rule.DECISION_NEEDS_DISTRICT_AGENCY, "Only the district bureau approves or rejects a resumption.");
    }
    requirePresent(command.decision(), "decision");
    requirePresent(command.decidedAt(), "decidedAt");
    if (command.decision() == ResumptionDecision.APPROVE) {
      apply(new OrderLiftedEvent(orderId, mineId, blankToNull(command.reason()), command.decidedAt()));
    } else {
      if (isBlank(command.reason())) {
        throw new OrderRuleViolation(Rule.REJECTION_REASON_REQUIRED, "A rejection says why.");
      }
      apply(new ResumptionRejectedEvent(orderId, command.reason(), command.decidedAt()));
    }
  }

  @CommandHandler
  void handle(FulfilOrderCommand command) {
    requireAllowed(OrderAction.FULFIL_ORDER);
    ActingAs actor = requireActor(command.actingAs());
    if (!actor.isAgencyOver(townCode)) {
      throw new OrderRuleViolation(
          Rule.ACTION_NEEDS_AGENCY, "An order is closed by an agency with jurisdiction over town " + townCode + ".");
    }
    requirePresent(command.fulfilledAt(), "fulfilledAt");
    requireAllSignedOff(command.hazardStatuses(), "An order is fulfilled");
    apply(new OrderFulfilledEvent(orderId, blankToNull(command.remark()), command.fulfilledAt()));
  }

  @EventSourcingHandler
  void on(OrderIssuedEvent event) {
    this.orderId = event.orderId();
    this.mineId = event.mineId();
    this.enterpriseId = event.enterpriseId();
    this.townCode = event.townCode();
    this.type = event.type();
    this.citedHazardIds = List.copyOf(event.citedHazardIds());
    this.acknowledgementDeadline = event.acknowledgementDeadline();
    this.status = OrderStatus.ISSUED;
  }

  @EventSourcingHandler
  void on(OrderAcknowledgedEvent event) {
    this.acknowledged = true;
    if (type == OrderType.RECTIFY_WITHIN_DEADLINE) {
      this.status = OrderStatus.ACKNOWLEDGED;
    }
  }

  @EventSourcingHandler
  void on(StopTookEffectEvent event) {
    this.stopTookEffect = true;
    this.status = OrderStatus.IN_FORCE;
  }

  @EventSourcingHandler
  void on(ResumptionAppliedEvent event) {
    this.applications = event.application();
    this.status = OrderStatus.RESUMPTION_APPLIED;
  }

  @EventSourcingHandler
  void on(ResumptionReviewedEvent event) {
    this.status = event.outcome() == ReviewOutcome.PASS ? OrderStatus.RESUMPTION_REVIEWED : OrderStatus.IN_FORCE;
    if (event.outcome() == ReviewOutcome.FAIL) {
      this.lastRefusedAt = event.reviewedAt();
    }
  }

  @EventSourcingHandler
  void on(ResumptionRejectedEvent event) {
    this.status = OrderStatus.IN_FORCE;
    this.lastRefusedAt = event.rejectedAt();
  }

  @EventSourcingHandler
  void on(OrderLiftedEvent event) {
    this.status = OrderStatus.LIFTED;
  }

  @EventSourcingHandler
  void on(OrderFulfilledEvent event) {
    this.status = OrderStatus.FULFILLED;
  }

  /** The commands the current state allows. */
  Set<OrderAction> allowedActions() {
    EnumSet<OrderAction> allowed = EnumSet.noneOf(OrderAction.class);
    switch (status) {
      case ISSUED -> {
        allowed.add(OrderAction.ACKNOWLEDGE_ORDER);
        if (type == OrderType.STOP_PRODUCTION) {
          allowed.add(OrderAction.ENFORCE_STOP);
        }
      }
      case ACKNOWLEDGED -> allowed.add(OrderAction.FULFIL_ORDER);
      case IN_FORCE -> allowed.add(acknowledged ? OrderAction.APPLY_FOR_RESUMPTION : OrderAction.ACKNOWLEDGE_ORDER);
      case RESUMPTION_APPLIED -> allowed.add(OrderAction.REVIEW_RESUMPTION);
      case RESUMPTION_REVIEWED -> allowed.add(OrderAction.DECIDE_RESUMPTION);
      case LIFTED, FULFILLED -> { }
    }
    return allowed;
  }

  String orderId() {
    return orderId;
  }

  OrderStatus status() {
    return status;
  }

  boolean acknowledged() {
    return acknowledged;
  }

  boolean stopTookEffect() {
    return stopTookEffect;
  }

  int applications() {
    return applications;
  }

  /** When the last application failed its review or was refused; {@code null} if none did. */
  Instant lastRefusedAt() {
    return lastRefusedAt;
  }

  /** The cited hazards' ids, each once in the order given, after checking they are the mine's. */
  private static List<String> citedOfTheMine(String mineId, List<CitedHazard> cited) {
    if (cited == null || cited.isEmpty()) {
      throw new OrderRuleViolation(Rule.CITED_HAZARDS_REQUIRED, "An order cites at least one hazard of the mine.");
    }
    List<String> ids = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    for (CitedHazard hazard : cited) {
      if (hazard == null || isBlank(hazard.hazardId())) {
        throw new OrderRuleViolation(Rule.REQUIRED_FIELD_MISSING, "citedHazards must not contain blank entries.");
      }
      if (hazard.mineId() == null) {
        unknown.add(hazard.hazardId());
      } else if (!hazard.mineId().equals(mineId)) {
        foreign.add(hazard.hazardId());
      }
      if (!ids.contains(hazard.hazardId())) {
        ids.add(hazard.hazardId());
      }
    }
    if (!unknown.isEmpty()) {
      throw new OrderRuleViolation(Rule.CITED_HAZARD_UNKNOWN, "No hazards " + unknown + " are known.", unknown);
    }
    if (!foreign.isEmpty()) {
      throw new OrderRuleViolation(
          Rule.CITED_HAZARD_OF_ANOTHER_MINE, "The hazards " + foreign + " are not hazards of mine " + mineId + ".",
          foreign);
    }
    return List.copyOf(ids);
  }

  private void requireAllSignedOff(Map<String, HazardStatus> statuses, String what) {
    Map<String, HazardStatus> known = statuses == null ? Map.of() : statuses;
    List<String> open =
        citedHazardIds.stream().filter(id -> !Objects.equals(known.get(id), HazardStatus.SIGNED_OFF)).toList();
    if (!open.isEmpty()) {
      throw new OrderRuleViolation(
          Rule.CITED_HAZARDS_NOT_SIGNED_OFF,
          what + " only when every cited hazard is signed off; " + open + " are not.", open);
    }
  }

  private void requireEnterprise(ActingAs actingAs, String act) {
    if (!requireActor(actingAs).isEnterprise(enterpriseId)) {
      throw new OrderRuleViolation(
          Rule.ACTION_NEEDS_ENTERPRISE, "Only enterprise " + enterpriseId + " " + act + " under this order.");
    }
  }

  private void requireAllowed(OrderAction action) {
    Set<OrderAction> allowed = allowedActions();
    if (!allowed.contains(action)) {
      throw new InvalidOrderTransition(
          action, status, allowed, "An order that is " + status + " does not allow " + action + ".");
    }
  }

  private static ActingAs requireActor(ActingAs actingAs) {
    if (actingAs == null || actingAs.role() == null) {
      throw missing("actingAs");
    }
    return actingAs;
  }

  private static void requireText(String value, String field) {
    if (isBlank(value)) {
      throw missing(field);
    }
  }

  private static void requirePresent(Object value, String field) {
    if (value == null) {
      throw missing(field);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value;
  }

  private static OrderRuleViolation missing(String field) {
    return new OrderRuleViolation(Rule.REQUIRED_FIELD_MISSING, field + " is required.");
  }
}
