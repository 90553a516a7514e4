package io.shouwei.hazard.order;

import java.util.List;

/** A command broke one of the order's rules; nothing was stored. */
public final class OrderRuleViolation extends RuntimeException {

  /** What a broken rule is about. */
  public enum Kind {
    /** The command's content or the state of what it refers to: it could succeed later or with other input. */
    INPUT,
    /** Who sends it: this sender may not do this to this order, whatever the input. */
    ACTOR
  }

  /** The rules an order enforces, as stable codes for clients. */
  public enum Rule {
    REQUIRED_FIELD_MISSING(Kind.INPUT),
    /** Only an agency with jurisdiction over the mine's town issues an order. */
    ISSUE_NEEDS_AGENCY(Kind.ACTOR),
    /** An order cites at least one hazard. */
    CITED_HAZARDS_REQUIRED(Kind.INPUT),
    /** A cited hazard that does not exist (or that the issuer may not see). */
    CITED_HAZARD_UNKNOWN(Kind.INPUT),
    /** A cited hazard of another mine. */
    CITED_HAZARD_OF_ANOTHER_MINE(Kind.INPUT),
    DEADLINE_NOT_IN_FUTURE(Kind.INPUT),
    ACKNOWLEDGEMENT_DEADLINE_NOT_IN_FUTURE(Kind.INPUT),
    /** An acknowledgement deadline on an order to rectify within a deadline, which has none. */
    ACKNOWLEDGEMENT_DEADLINE_ONLY_FOR_STOP_ORDERS(Kind.INPUT),
    /** Only the mine's enterprise acknowledges an order and applies for resumption. */
    ACTION_NEEDS_ENTERPRISE(Kind.ACTOR),
    /** A stop is enforced by the service itself. */
    ENFORCEMENT_NEEDS_SERVICE(Kind.ACTOR),
    /** Enforcing applies to orders to stop production only. */
    NOT_A_STOP_ORDER(Kind.INPUT),
    /** A stop is enforced only once its acknowledgement deadline has passed. */
    ACKNOWLEDGEMENT_DEADLINE_NOT_PASSED(Kind.INPUT),
    /** Resumption is applied for, and an order fulfilled, only when every cited hazard is signed off. */
    CITED_HAZARDS_NOT_SIGNED_OFF(Kind.INPUT),
    /** After a failed review or a refusal, a new application waits for the re-application block to end. */
    REAPPLICATION_BLOCKED(Kind.INPUT),
    /** A resumption is reviewed, and an order fulfilled, by an agency with jurisdiction over the town. */
    ACTION_NEEDS_AGENCY(Kind.ACTOR),
    /** A resumption is approved or rejected by the district bureau only. */
    DECISION_NEEDS_DISTRICT_AGENCY(Kind.ACTOR),
    FINDINGS_REQUIRED(Kind.INPUT),
    REJECTION_REASON_REQUIRED(Kind.INPUT);

    private final Kind kind;

    Rule(Kind kind) {
      this.kind = kind;
    }

    public Kind kind() {
      return kind;
    }
  }

  private final Rule rule;
  private final List<String> hazardIds;

  public OrderRuleViolation(Rule rule, String message) {
    this(rule, message, List.of());
  }

  /** A violation concerning these cited hazards (e.g. the ones not signed off yet). */
  public OrderRuleViolation(Rule rule, String message, List<String> hazardIds) {
    super(message);
    this.rule = rule;
    this.hazardIds = List.copyOf(hazardIds);
  }

  public Rule rule() {
    return rule;
  }

  /** The hazards the violation concerns; empty when it concerns none in particular. */
  public List<String> hazardIds() {
    return hazardIds;
  }
}
